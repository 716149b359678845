package com.moodbot.support;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import javax.imageio.ImageReader;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;

/** A test ImageIO plug-in that claims the BMP files starting with its magic bytes, to hand them to a test's reader. */
public abstract class MagicReaderSpi extends ImageReaderSpi {

    private final byte[] magic;
    private final String description;

    protected MagicReaderSpi(Class<? extends ImageReader> reader, byte[] magic, String description) {
        super("moodbot-test", "1", new String[] {"bmp"}, new String[] {"bmp"}, new String[] {"image/bmp"},
                reader.getName(), new Class<?>[] {ImageInputStream.class}, null, false, null, null,
                null, null, false, null, null, null, null);
        this.magic = magic.clone();
        this.description = description;
    }

    @Override
    public boolean canDecodeInput(Object source) throws IOException {
        ImageInputStream in = (ImageInputStream) source;
        byte[] head = new byte[magic.length];
        in.mark();
        try {
            in.readFully(head);
        } catch (IOException e) {
            return false;
        } finally {
            in.reset();
        }
        return Arrays.equals(head, magic);
    }

    @Override
    public String getDescription(Locale locale) {
        return description;
    }
}
