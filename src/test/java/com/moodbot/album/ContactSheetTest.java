package com.moodbot.album;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.moodbot.support.Photos;
import com.moodbot.vision.ImageDecoder;
import com.moodbot.vision.ImageLimits;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencv.core.Mat;

class ContactSheetTest {

    /** A JPEG stored 100 wide and 300 high whose EXIF says: turn 90 degrees clockwise to view. */
    private static byte[] storedSidewaysJpeg() {
        return Photos.withOrientation(Photos.jpeg(new BufferedImage(100, 300, BufferedImage.TYPE_3BYTE_BGR)), 6);
    }

    @Test
    void thumbnailsAreUprightAndSmall(@TempDir Path dir) throws Exception {
        Path photo = Files.write(dir.resolve("sideways.jpg"), storedSidewaysJpeg());
        byte[] thumb = Base64.getDecoder().decode(ContactSheet.thumbnail(photo));
        Mat mat = new ImageDecoder(ImageLimits.DEFAULT).decode(thumb);
        assertEquals(220, mat.cols(), "landscape once turned, scaled to the thumbnail width");
        assertEquals(73, mat.rows(), 1);
        mat.release();
    }

    @Test
    void anUnreadableFileGivesAnEmptyThumbnail(@TempDir Path dir) throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.jpg"), "<html>not a photo</html>");
        assertEquals("", ContactSheet.thumbnail(junk));
    }
}
