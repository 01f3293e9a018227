package org.audienceimport.source.xlsx;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.IvParameterSpec;

/**
 * Encrypts spilled shared strings of a decrypted workbook with a key that lives only in memory, so
 * that its contacts never reach the disk in clear text. AES in counter mode lets any byte range be
 * decrypted on its own, which random access to the strings needs.
 */
final class SpillCipher {

    private static final int BLOCK = 16;

    private final SecretKey key;
    private final byte[] nonce = new byte[8];
    private final Cipher cipher;

    SpillCipher() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(128, new SecureRandom());
            key = generator.generateKey();
            new SecureRandom().nextBytes(nonce);
            cipher = Cipher.getInstance("AES/CTR/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is part of every Java runtime", e);
        }
    }

    /** Encrypts or decrypts (the same in counter mode) bytes that sit at this position of the file. */
    synchronized void apply(byte[] data, int offset, int length, long filePosition) {
        try {
            byte[] iv = new byte[BLOCK];
            System.arraycopy(nonce, 0, iv, 0, nonce.length);
            long counter = filePosition / BLOCK;
            for (int i = 0; i < 8; i++) {
                iv[BLOCK - 1 - i] = (byte) (counter >>> (8 * i));
            }
            cipher.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(iv));
            int skip = (int) (filePosition % BLOCK);
            if (skip > 0) {
                cipher.update(new byte[skip]);
            }
            cipher.update(data, offset, length, data, offset);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/CTR on an in-memory key cannot fail", e);
        }
    }
}
