package dev.hearth.client.chat.viewer;

/**
 * Where the picture sits in the viewer's picture area: its scale and how far it is moved from
 * the centre. Sizes are of the picture as seen (upright) and of the area, in the scene's pixels;
 * a scale of 1 shows one picture pixel per scene pixel. Immutable, pure arithmetic; any thread.
 *
 * <p>Fitting shows the whole picture, never larger than 100 % (a small picture is not blown up),
 * and keeps fitting when the area is resized. A picture smaller than the area in one direction is
 * centred in it; larger, it can be moved until its edge meets the area's edge, no further.
 *
 * @param panX how far the picture's centre is right of the area's centre
 * @param panY how far the picture's centre is below the area's centre
 */
record Framing(double pictureWidth, double pictureHeight, double areaWidth, double areaHeight,
               double scale, boolean fitting, double panX, double panY) {

    /** The scales the zoom buttons and keys step through, as image viewers and browsers do. */
    static final double[] STEPS = {0.1, 0.25, 0.33, 0.5, 0.67, 0.75, 1, 1.25, 1.5, 2, 3, 4, 6, 8};
    static final double MAX_SCALE = 8;
    private static final double SMALLEST_STEP = 0.1;
    /** Two scales closer than this are the same step (0.333 and 0.33). */
    private static final double SAME = 0.005;

    /** Nothing known yet: an empty picture that fits. */
    static Framing none() {
        return new Framing(0, 0, 0, 0, 1, true, 0, 0);
    }

    /** A picture {@code width} x {@code height} (as seen) fitted to the area. */
    Framing picture(double width, double height) {
        return new Framing(width, height, areaWidth, areaHeight, scale, true, 0, 0).settled();
    }

    /** The area is now {@code width} x {@code height}: a fitting picture is fitted again. */
    Framing area(double width, double height) {
        return new Framing(pictureWidth, pictureHeight, width, height, scale, fitting, panX, panY).settled();
    }

    Framing fit() {
        return new Framing(pictureWidth, pictureHeight, areaWidth, areaHeight, scale, true, 0, 0).settled();
    }

    /** One picture pixel per scene pixel, around the area's centre. */
    Framing actualSize() {
        return scaledAbout(1, areaWidth / 2, areaHeight / 2);
    }

    /** The next larger step, around the area's centre. */
    Framing zoomIn() {
        for (double step : STEPS) {
            if (step > scale + SAME) {
                return scaledAbout(step, areaWidth / 2, areaHeight / 2);
            }
        }
        return scaledAbout(MAX_SCALE, areaWidth / 2, areaHeight / 2);
    }

    /** The next smaller step, around the area's centre. */
    Framing zoomOut() {
        for (int i = STEPS.length - 1; i >= 0; i--) {
            if (STEPS[i] < scale - SAME) {
                return scaledAbout(STEPS[i], areaWidth / 2, areaHeight / 2);
            }
        }
        return scaledAbout(minScale(), areaWidth / 2, areaHeight / 2);
    }

    /**
     * The scale times {@code factor}, keeping the picture's point under ({@code x}, {@code y})
     * (in the area, from its top left) where it is: a wheel or a pinch zooms where the pointer is.
     */
    Framing zoomBy(double factor, double x, double y) {
        return scaledAbout(scale * factor, x, y);
    }

    /** Moved by ({@code dx}, {@code dy}) as far as its edges allow. */
    Framing panBy(double dx, double dy) {
        return new Framing(pictureWidth, pictureHeight, areaWidth, areaHeight, scale, fitting, panX + dx, panY + dy)
                .settled();
    }

    /** The scale that shows the whole picture, at most 1. */
    double fitScale() {
        if (pictureWidth <= 0 || pictureHeight <= 0 || areaWidth <= 0 || areaHeight <= 0) {
            return 1;
        }
        return Math.min(1, Math.min(areaWidth / pictureWidth, areaHeight / pictureHeight));
    }

    /** The smallest scale allowed: a tenth, or less when that is what it takes to see it whole. */
    double minScale() {
        return Math.min(SMALLEST_STEP, fitScale());
    }

    double shownWidth() {
        return pictureWidth * scale;
    }

    double shownHeight() {
        return pictureHeight * scale;
    }

    /** Whether the picture is wider or taller than the area, so that it can be moved. */
    boolean movable() {
        return shownWidth() > areaWidth + 0.5 || shownHeight() > areaHeight + 0.5;
    }

    /** Where the picture's centre is, from the area's top left. */
    double centreX() {
        return areaWidth / 2 + panX;
    }

    double centreY() {
        return areaHeight / 2 + panY;
    }

    private Framing scaledAbout(double wanted, double x, double y) {
        double next = Math.clamp(wanted, minScale(), MAX_SCALE);
        double ratio = next / scale;
        // The picture point under (x, y) stays under it: its distance from the centre grows by ratio.
        double fromCentreX = x - centreX();
        double fromCentreY = y - centreY();
        double newPanX = panX - fromCentreX * (ratio - 1);
        double newPanY = panY - fromCentreY * (ratio - 1);
        return new Framing(pictureWidth, pictureHeight, areaWidth, areaHeight, next, false, newPanX, newPanY).settled();
    }

    /** The scale a fitting picture has, and the move kept within the picture's edges. */
    private Framing settled() {
        double s = fitting ? fitScale() : Math.clamp(scale, minScale(), MAX_SCALE);
        double slackX = Math.max(0, (pictureWidth * s - areaWidth) / 2);
        double slackY = Math.max(0, (pictureHeight * s - areaHeight) / 2);
        return new Framing(pictureWidth, pictureHeight, areaWidth, areaHeight, s, fitting,
                Math.clamp(panX, -slackX, slackX), Math.clamp(panY, -slackY, slackY));
    }
}
