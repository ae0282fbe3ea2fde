package dev.hearth.client.attach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hearth.client.files.BadImageException;
import dev.hearth.client.files.FilePreparer;
import dev.hearth.client.files.ImageKind;
import dev.hearth.client.files.MetadataKind;
import dev.hearth.client.files.PreparedFile;
import dev.hearth.client.files.TestPictures;
import dev.hearth.client.files.Thumbnail;
import dev.hearth.client.i18n.I18n;
import dev.hearth.client.net.OutgoingFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attach dialog without a scene: files prepared in the background (a queue the test runs by
 * hand), their words, the caption, Send, Cancel and the relay's limits.
 */
class AttachDialogViewModelTest {

    private static final long MAX_FILE = 32L << 20;
    private static final String SHA = "a".repeat(64);
    private static final String BUNDLE = "dev.hearth.client.attach.AttachDialogView";

    @TempDir
    Path temp;

    private final Deque<Runnable> background = new ArrayDeque<>();
    private final Destination lobby = new Destination("#lobby");

    @Test
    void aPictureIsPreparedInTheBackgroundThenShowsItsThumbnailSizeAndWhatWasRemoved() {
        AttachDialogViewModel dialog = open(List.of(source("cat.jpg", picture("cat.jpg", 2_500_000,
                Set.of(MetadataKind.LOCATION, MetadataKind.EXIF)))));

        AttachItem item = dialog.items().getFirst();
        assertEquals(AttachItem.State.PREPARING, item.stateProperty().get());
        assertTrue(dialog.preparingProperty().get());
        assertFalse(dialog.sendableProperty().get(), "nothing to send while preparing");
        assertEquals("Send to #lobby", dialog.headingProperty().get());

        runBackground();

        assertEquals(AttachItem.State.READY, item.stateProperty().get());
        assertNotNull(item.preparedProperty().get().picture());
        assertEquals("2.4 MB", item.sizeProperty().get());
        assertEquals("Location and camera details were removed.", item.noteProperty().get());
        assertFalse(dialog.preparingProperty().get());
        assertTrue(dialog.sendableProperty().get());
    }

    @Test
    void sendSendsEveryReadyFileInOrderWithTheCaptionOnlyWithTheFirst() {
        AttachDialogViewModel dialog = open(List.of(source("a.jpg", picture("a.jpg", 100, Set.of())),
                source("b.pdf", file("b.pdf", 2048))));
        runBackground();
        assertEquals("Send 2 files to #lobby", dialog.headingProperty().get());
        assertEquals("Add a caption, sent with the first file (optional)", dialog.captionPromptProperty().get());
        dialog.captionProperty().set("holiday");

        assertTrue(dialog.send());

        assertEquals(List.of("a.jpg: holiday", "b.pdf: null"), lobby.sent);
        assertTrue(dialog.closedProperty().get());
    }

    @Test
    void aBlankCaptionIsNoCaption() {
        AttachDialogViewModel dialog = open(List.of(source("a.png", picture("a.png", 100, Set.of()))));
        runBackground();
        dialog.captionProperty().set("   ");

        assertTrue(dialog.send());

        assertEquals(List.of("a.png: null"), lobby.sent);
    }

    @Test
    void cancelWhilePreparingSendsNothingAndDropsWhatIsStillComing() {
        AttachDialogViewModel dialog = open(List.of(source("a.jpg", picture("a.jpg", 100, Set.of()))));

        dialog.cancel();
        runBackground();

        assertTrue(dialog.closedProperty().get());
        assertFalse(dialog.sendableProperty().get());
        assertFalse(dialog.preparingProperty().get(), "no spinner after Cancel");
        assertFalse(dialog.send());
        assertEquals(List.of(), lobby.sent);
        assertEquals(0, preparedCount, "the preparation queued before Cancel did not run");
    }

    @Test
    void aFileLargerThanTheRelayTakesIsRefusedAtOnceWithTheLimitInMegabytes() throws Exception {
        Path big = temp.resolve("film.mkv");
        try (var channel = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {1}), MAX_FILE); // sparse: one byte past the limit
        }
        AttachDialogViewModel dialog = open(List.of(AttachSource.file(big)));

        AttachItem item = dialog.items().getFirst();
        assertEquals(AttachItem.State.FAILED, item.stateProperty().get());
        assertEquals("Too large: this relay takes files up to 32 MB.", item.problemProperty().get());
        assertTrue(background.isEmpty(), "not read at all");
        assertFalse(dialog.sendableProperty().get());
    }

    @Test
    void aPictureThatCannotBeCleanedIsNotSentAndSaysWhyWhileTheOthersGo() {
        AttachSource broken = new FakeSource("broken.jpg", -1, () -> {
            throw new FilePreparer.NotSendable("cut short", new BadImageException("cut short"));
        });
        AttachDialogViewModel dialog = open(List.of(broken, source("ok.png", picture("ok.png", 100, Set.of()))));
        runBackground();

        AttachItem refused = dialog.items().getFirst();
        assertEquals(AttachItem.State.FAILED, refused.stateProperty().get());
        assertEquals("This picture could not be cleaned of its hidden details (such as where it was taken), so it is not sent.",
                refused.problemProperty().get());
        assertTrue(dialog.sendableProperty().get());
        dialog.captionProperty().set("the good one");

        assertTrue(dialog.send());
        assertEquals(List.of("ok.png: the good one"), lobby.sent);
    }

    @Test
    void anEmptyOrUnreadableFileSaysSoInWords() throws Exception {
        Path empty = Files.createFile(temp.resolve("empty.txt"));
        AttachDialogViewModel dialog = open(List.of(AttachSource.file(empty), AttachSource.file(temp.resolve("gone.txt"))));
        runBackground();

        assertEquals("This file is empty.", dialog.items().get(0).problemProperty().get());
        assertEquals("This file could not be read.", dialog.items().get(1).problemProperty().get());
        assertFalse(dialog.sendableProperty().get(), "nothing left to send");
    }

    @Test
    void aCameraPictureFromDiskLosesItsLocationAndSaysSo() throws Exception {
        byte[] plain = TestPictures.encode(TestPictures.halves(64, 48), "jpeg");
        byte[] camera = TestPictures.insert(plain, TestPictures.afterJfif(plain),
                TestPictures.exifApp1(TestPictures.cameraExif(6, true)));
        Path photo = Files.write(temp.resolve("beach.jpg"), camera);
        AttachDialogViewModel dialog = open(List.of(AttachSource.file(photo)));
        runBackground();

        AttachItem item = dialog.items().getFirst();
        assertEquals(AttachItem.State.READY, item.stateProperty().get());
        assertEquals("Location and camera details were removed.", item.noteProperty().get());
        assertEquals("", item.cautionProperty().get(), "cleaned");
        assertNotNull(item.preparedProperty().get().picture(), "a thumbnail to show");
        assertEquals("JPG", item.extension());
    }

    @Test
    void aPhonePictureHearthCannotCleanIsSentAsItIsAndSaysSo() throws Exception {
        Path heic = Files.write(temp.resolve("IMG_0001.HEIC"), new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c'});
        Path report = Files.writeString(temp.resolve("report.pdf"), "%PDF-1.4");
        AttachDialogViewModel dialog = open(List.of(AttachSource.file(heic), AttachSource.file(report)));
        runBackground();

        AttachItem phone = dialog.items().getFirst();
        assertEquals(AttachItem.State.READY, phone.stateProperty().get(), "sent, as before: only the user can tell");
        assertEquals("Sent as it is: Hearth cannot remove hidden details, such as where it was taken, from this kind of picture.",
                phone.cautionProperty().get());
        assertEquals("", phone.noteProperty().get());
        assertEquals("", dialog.items().get(1).cautionProperty().get(), "not a picture");
    }

    @Test
    void aCaptionLongerThanTheRelayTakesHoldsSendBackWithWords() {
        lobby.maxCaption = 10;
        AttachDialogViewModel dialog = open(List.of(source("a.png", picture("a.png", 100, Set.of()))));
        runBackground();

        dialog.captionProperty().set("thirteen char");

        assertEquals("The caption is 3 characters too long.", dialog.problemProperty().get());
        assertFalse(dialog.sendableProperty().get());
        dialog.captionProperty().set("ten chars!");
        assertEquals("", dialog.problemProperty().get());
        assertTrue(dialog.sendableProperty().get());
    }

    @Test
    void aRelayThatTakesNoFilesSaysSoAndNothingIsPrepared() {
        lobby.maxFile = 0;
        AttachDialogViewModel dialog = open(List.of(source("a.png", picture("a.png", 100, Set.of()))));

        assertEquals("This relay does not take files.", dialog.problemProperty().get());
        assertTrue(background.isEmpty());
        assertFalse(dialog.preparingProperty().get(), "no spinner for what will not be prepared");
        assertFalse(dialog.sendableProperty().get());
    }

    @Test
    void aRefusedSendKeepsTheDialogOpenWithTheReason() {
        AttachDialogViewModel dialog = open(List.of(source("a.png", picture("a.png", 100, Set.of()))));
        runBackground();
        lobby.answer = AttachDestination.Result.NOWHERE;

        assertFalse(dialog.send());

        assertFalse(dialog.closedProperty().get());
        assertEquals("Open a conversation to send files to.", dialog.problemProperty().get());
        lobby.answer = AttachDestination.Result.TOO_LARGE;
        lobby.maxFile = 50;
        assertFalse(dialog.send());
        assertEquals("Too large: this relay takes files up to 50 bytes.", dialog.items().getFirst().problemProperty().get());
    }

    @Test
    void leavingOutTheLastFileIsCancel() {
        AttachDialogViewModel dialog = open(List.of(source("a.png", picture("a.png", 100, Set.of())),
                source("b.png", picture("b.png", 100, Set.of()))));
        runBackground();

        dialog.remove(dialog.items().getFirst());
        assertEquals("Send to #lobby", dialog.headingProperty().get());
        assertFalse(dialog.closedProperty().get());
        dialog.remove(dialog.items().getFirst());

        assertTrue(dialog.closedProperty().get());
        assertEquals(List.of(), lobby.sent);
    }

    @Test
    void sizesAndRemovedDetailsReadNaturallyInEnglishAndChinese() {
        AttachWords english = new AttachWords(I18n.bundle(BUNDLE, Locale.ENGLISH));
        assertEquals("512 bytes", english.size(512));
        assertEquals("12 KB", english.size(12_000));
        assertEquals("32 MB", english.size(MAX_FILE));
        assertEquals("1.5 GB", english.size(3L << 29));
        assertEquals("Location was removed.", english.removed(Set.of(MetadataKind.LOCATION)));
        assertEquals("Location, camera details and comments were removed.",
                english.removed(Set.of(MetadataKind.TEXT, MetadataKind.EXIF, MetadataKind.LOCATION)));
        assertEquals("", english.removed(Set.of()));

        AttachWords chinese = new AttachWords(I18n.bundle(BUNDLE, Locale.SIMPLIFIED_CHINESE));
        assertEquals("已删除位置和相机信息。", chinese.removed(Set.of(MetadataKind.LOCATION, MetadataKind.EXIF)));
        assertEquals("文件太大：此中继只接收不超过 32 MB 的文件。", chinese.tooLarge(MAX_FILE));
    }

    @Test
    void aPastedPictureIsNamedForWhenItWasPasted() {
        assertEquals("pasted-2026-12-06-1015.png",
                PastedPicture.nameAt(java.time.Instant.parse("2026-12-06T09:15:30Z"), java.time.ZoneId.of("Europe/Berlin")));
    }

    @Test
    void aPastedPictureBecomesAPngThatKeepsItsPixels() throws Exception {
        int[] argb = {0xFFFF0000, 0xFF00FF00, 0x800000FF, 0xFFFFFFFF, 0xFF000000, 0x00000000};
        byte[] png = new PastedPicture(3, 2, argb.clone()).png();

        assertEquals(ImageKind.PNG, ImageKind.of(png).orElseThrow());
        java.awt.image.BufferedImage back = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        assertEquals(3, back.getWidth());
        assertEquals(0x800000FF, back.getRGB(2, 0), "transparency kept");
        PreparedFile prepared = AttachSource.pasted("pasted.png", new PastedPicture(3, 2, argb)).prepare();
        assertEquals("image/png", prepared.file().mime());
        assertEquals(-1, AttachSource.pasted("p.png", new PastedPicture(1, 1, new int[] {0xFF123456})).size(),
                "known once encoded");
    }

    // ---- helpers

    private int preparedCount;

    private AttachDialogViewModel open(List<AttachSource> sources) {
        Executor queue = background::add;
        AttachDialogViewModel dialog = new AttachDialogViewModel(sources, lobby, queue, Runnable::run,
                I18n.bundle(BUNDLE, Locale.ENGLISH));
        dialog.start();
        return dialog;
    }

    private void runBackground() {
        while (!background.isEmpty()) {
            background.poll().run();
        }
    }

    private AttachSource source(String name, PreparedFile prepared) {
        return new FakeSource(name, prepared.file().size(), () -> prepared);
    }

    private static PreparedFile picture(String name, int size, Set<MetadataKind> removed) {
        Thumbnail thumb = new Thumbnail(new byte[] {1, 2, 3}, ImageKind.JPEG, 32, 24, 640, 480);
        return new PreparedFile(OutgoingFile.ofBytes(name, "image/jpeg", new byte[size], SHA, "AQID"), thumb, removed);
    }

    private static PreparedFile file(String name, int size) {
        return new PreparedFile(OutgoingFile.ofBytes(name, "application/pdf", new byte[size], SHA, null), null, Set.of());
    }

    @FunctionalInterface
    private interface Work {
        PreparedFile get() throws FilePreparer.NotSendable;
    }

    private final class FakeSource implements AttachSource {
        private final String name;
        private final long size;
        private final Work work;

        FakeSource(String name, long size, Work work) {
            this.name = name;
            this.size = size;
            this.work = work;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public PreparedFile prepare() throws FilePreparer.NotSendable {
            preparedCount++;
            return work.get();
        }
    }

    private static final class Destination implements AttachDestination {
        private final String title;
        private final List<String> sent = new ArrayList<>();
        long maxFile = MAX_FILE;
        int maxCaption = 4000;
        Result answer = Result.SENT;

        Destination(String title) {
            this.title = title;
        }

        @Override
        public String title() {
            return title;
        }

        @Override
        public long maxFile() {
            return maxFile;
        }

        @Override
        public int maxCaption() {
            return maxCaption;
        }

        @Override
        public Result send(PreparedFile file, String caption) {
            if (answer == Result.SENT) {
                sent.add(file.file().name() + ": " + caption);
            }
            return answer;
        }
    }
}
