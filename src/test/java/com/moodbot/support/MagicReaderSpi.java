package com.moodbot.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.function.Function;
import javax.imageio.ImageReader;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;

/**
 * A test ImageIO plug-in that claims the BMP files starting with its magic bytes, to hand them to a test's reader.
 * ImageIO keeps one provider per class, so one is registered at a time (the tests run one after another).
 */
public final class MagicReaderSpi extends ImageReaderSpi {

    private final byte[] magic;
    private final String description;
    private final Function<ImageReaderSpi, ImageReader> readers;

    /** @param magic six ASCII letters starting with "BM", e.g. {@code BMSTAL} */
    public MagicReaderSpi(String magic, String description, Function<ImageReaderSpi, ImageReader> readers) {
        super("moodbot-test", "1", new String[] {"bmp"}, new String[] {"bmp"}, new String[] {"image/bmp"},
                MagicReaderSpi.class.getName(), new Class<?>[] {ImageInputStream.class}, null, false, null, null,
                null, null, false, null, null, null, null);
        this.magic = magic.getBytes(StandardCharsets.US_ASCII);
        this.description = description;
        this.readers = readers;
    }

    /** Registers this plug-in ahead of every other reader, so it is asked first. */
    public void registerFirst() {
        IIORegistry registry = IIORegistry.getDefaultInstance();
        registry.registerServiceProvider(this, ImageReaderSpi.class);
        for (Iterator<ImageReaderSpi> it = registry.getServiceProviders(ImageReaderSpi.class, true); it.hasNext(); ) {
            ImageReaderSpi other = it.next();
            if (other != this) {
                registry.setOrdering(ImageReaderSpi.class, this, other);
            }
        }
    }

    public void deregister() {
        IIORegistry.getDefaultInstance().deregisterServiceProvider(this, ImageReaderSpi.class);
    }

    /** 256 bytes that this plug-in claims. */
    public byte[] file() {
        return Arrays.copyOf(magic, 256);
    }

    @Override
    public ImageReader createReaderInstance(Object extension) {
        return readers.apply(this);
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
