package org.audienceimport.convert;

/**
 * Remembers, for every contact identity seen so far, which object holds it and on which row it first
 * appeared, in primitive arrays: a million contacts cost a few tens of megabytes, not hundreds.
 *
 * <p>Identities are kept as 64-bit hashes; the caller confirms a match against the real identity
 * before merging, so a (vanishingly rare) collision never merges two different contacts.
 */
final class IdentityIndex {

    private static final long EMPTY = 0L;

    private long[] keys = new long[1 << 12];
    private int[] objects = new int[keys.length];
    private int[] firstRows = new int[keys.length];
    private int size;

    /** Where an identity was seen: the object that holds it now, and the row it first came from. */
    record Entry(int object, int firstRow) {
    }

    static long hash(String identity) {
        // 64-bit FNV-1a over the UTF-16 units; 0 is reserved for empty slots.
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < identity.length(); i++) {
            hash ^= identity.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash == EMPTY ? 1 : hash;
    }

    Entry find(long key) {
        int slot = slotOf(key);
        return keys[slot] == key ? new Entry(objects[slot], firstRows[slot]) : null;
    }

    void put(long key, int object, int firstRow) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int slot = slotOf(key);
        if (keys[slot] != key) {
            keys[slot] = key;
            size++;
        }
        objects[slot] = object;
        firstRows[slot] = firstRow;
    }

    int size() {
        return size;
    }

    private int slotOf(long key) {
        int mask = keys.length - 1;
        int slot = (int) (key ^ (key >>> 32)) & mask;
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldObjects = objects;
        int[] oldRows = firstRows;
        keys = new long[oldKeys.length * 2];
        objects = new int[keys.length];
        firstRows = new int[keys.length];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                put(oldKeys[i], oldObjects[i], oldRows[i]);
            }
        }
    }
}
