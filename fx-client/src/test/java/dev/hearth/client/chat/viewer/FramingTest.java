package dev.hearth.client.chat.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The viewer's zoom and position, without a scene. */
class FramingTest {

    private static final double EPS = 1e-9;

    /** A 6000 x 4000 photo in a 900 x 600 area. */
    private static Framing photo() {
        return Framing.none().area(900, 600).picture(6000, 4000);
    }

    @Test
    void aLargePictureFitsTheAreaWhole() {
        Framing f = photo();
        assertEquals(0.15, f.scale(), EPS);
        assertTrue(f.fitting());
        assertEquals(900, f.shownWidth(), EPS);
        assertEquals(600, f.shownHeight(), EPS);
        assertFalse(f.movable());
    }

    @Test
    void aSmallPictureIsNotBlownUpToFit() {
        Framing f = Framing.none().area(900, 600).picture(200, 100);
        assertEquals(1, f.scale(), EPS);
        assertEquals(450, f.centreX(), EPS);
        assertEquals(300, f.centreY(), EPS);
    }

    @Test
    void aFittingPictureFollowsTheAreaAndAZoomedOneKeepsItsScale() {
        assertEquals(0.1, photo().area(600, 900).scale(), EPS);
        assertEquals(1, photo().actualSize().area(600, 900).scale(), EPS);
        assertFalse(photo().actualSize().area(600, 900).fitting());
    }

    @Test
    void zoomingStepsThroughTheUsualScalesFromWhereItIs() {
        Framing f = photo().zoomIn();
        assertEquals(0.25, f.scale(), EPS);
        assertFalse(f.fitting());
        assertEquals(0.33, f.zoomIn().scale(), EPS);
        assertEquals(0.1, photo().zoomOut().scale(), EPS);
        assertEquals(1.25, photo().actualSize().zoomIn().scale(), EPS);
        assertEquals(0.75, photo().actualSize().zoomOut().scale(), EPS);
    }

    @Test
    void zoomStopsAtEightTimesAndAtATenthOrTheWholePicture() {
        Framing f = photo();
        for (int i = 0; i < 30; i++) {
            f = f.zoomIn();
        }
        assertEquals(Framing.MAX_SCALE, f.scale(), EPS);
        for (int i = 0; i < 30; i++) {
            f = f.zoomOut();
        }
        assertEquals(0.1, f.scale(), EPS);

        Framing panorama = Framing.none().area(900, 600).picture(30000, 1000);
        assertEquals(0.03, panorama.scale(), EPS);
        assertEquals(0.03, panorama.zoomIn().zoomOut().zoomOut().scale(), EPS, "as small as fitting, no smaller");
        assertEquals(0.03, panorama.zoomBy(0.001, 0, 0).scale(), EPS);
    }

    @Test
    void aWheelZoomKeepsThePointUnderThePointerInPlace() {
        Framing f = photo().actualSize();
        double x = 700;
        double y = 150;
        double[] before = pictureAt(f, x, y);
        Framing zoomed = f.zoomBy(1.5, x, y);
        assertEquals(1.5, zoomed.scale(), EPS);
        double[] after = pictureAt(zoomed, x, y);
        assertEquals(before[0], after[0], 1e-6);
        assertEquals(before[1], after[1], 1e-6);
    }

    @Test
    void aLargePictureMovesUntilItsEdgeMeetsTheArea() {
        Framing f = photo().actualSize();
        assertTrue(f.movable());
        Framing far = f.panBy(100_000, -100_000);
        assertEquals((6000 - 900) / 2.0, far.panX(), EPS);
        assertEquals(-(4000 - 600) / 2.0, far.panY(), EPS);
        assertEquals(0, far.centreX() - far.shownWidth() / 2, EPS, "the left edge at the area's left");
        assertEquals(600, far.centreY() + far.shownHeight() / 2, EPS, "the bottom edge at the area's bottom");
    }

    @Test
    void aPictureSmallerThanTheAreaStaysCentred() {
        Framing f = photo().panBy(50, 50);
        assertEquals(0, f.panX(), EPS);
        assertEquals(0, f.panY(), EPS);
        Framing wide = Framing.none().area(900, 600).picture(2000, 300).actualSize().panBy(-5000, 40);
        assertEquals(-(2000 - 900) / 2.0, wide.panX(), EPS);
        assertEquals(0, wide.panY(), EPS, "only as tall as the area: no room to move up or down");
    }

    @Test
    void fittingAgainCentresAndAGrowingAreaPullsTheEdgesBack() {
        Framing moved = photo().actualSize().panBy(1000, 1000);
        Framing fitted = moved.fit();
        assertTrue(fitted.fitting());
        assertEquals(0, fitted.panX(), EPS);
        Framing larger = moved.area(5000, 3000);
        assertEquals((6000 - 5000) / 2.0, larger.panX(), EPS);
        assertEquals((4000 - 3000) / 2.0, larger.panY(), EPS);
    }

    @Test
    void beforeTheAreaIsLaidOutTheScaleIsOne() {
        assertEquals(1, Framing.none().picture(6000, 4000).scale(), EPS);
        assertEquals(0.15, Framing.none().picture(6000, 4000).area(900, 600).scale(), EPS);
    }

    /** The picture pixel under (x, y) of the area. */
    private static double[] pictureAt(Framing f, double x, double y) {
        return new double[] {(x - f.centreX()) / f.scale() + f.pictureWidth() / 2,
                (y - f.centreY()) / f.scale() + f.pictureHeight() / 2};
    }
}
