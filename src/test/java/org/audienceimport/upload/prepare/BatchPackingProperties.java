package org.audienceimport.upload.prepare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The packer against a small limit (10,000 bytes, 1,024 of them reserved for the credentials, so 8,976
 * usable). Paddings mix 1-, 2- and 3-byte UTF-8 characters and characters JSON escapes, so sizes are
 * counted in encoded bytes, not characters.
 *
 * <p>The 97% rule is a consequence of greedy packing: a batch is closed only when the next object
 * (plus its comma) does not fit, so every batch but the last is at least {@code usable - size(next)}
 * long. It therefore holds exactly when every object is at most 3% of the usable bytes (here 269
 * bytes); with larger objects only the weaker "the next object would not have fitted" holds, and a
 * batch can be far emptier (see {@code largeObjects}).
 */
class BatchPackingProperties {

    private static final long LIMIT = 10_000;
    private static final int RESERVED = 1024;
    private static final long USABLE = LIMIT - RESERVED;
    private static final long SMALL_OBJECT_MAX = (long) Math.floor(USABLE * 0.03);
    /** Credentials whose injection takes exactly the reserved room. */
    private static final String SHOP_ID = "shop-€".repeat(12);
    private static final String SECRET = "s".repeat(RESERVED - CredentialInjection.FIXED_BYTES - 12 * 8);

    @Property(tries = 100)
    void smallObjectsFillEveryBatchButTheLastToAtLeast97Percent(
            @ForAll("smallPaddings") List<String> paddings, @ForAll boolean withSegment) throws Exception {
        List<ObjectNode> objects = objects(paddings);
        assertThat(objects).allSatisfy(o -> assertThat((long) Audiences.size(o)).isLessThanOrEqualTo(SMALL_OBJECT_MAX));

        PrepareResult packed = pack(objects, withSegment);

        assertWithinLimitAndInOrder(packed, objects);
        List<PreparedBatch> batches = packed.manifest().batches();
        for (PreparedBatch batch : batches.subList(0, Math.max(0, batches.size() - 1))) {
            assertThat((double) batch.bytes()).as(batch.file()).isGreaterThanOrEqualTo(0.97 * USABLE);
        }
    }

    @Property(tries = 100)
    void largeObjectsStillFitButBatchesAreOnlyAsFullAsTheNextObjectAllows(
            @ForAll("largePaddings") List<String> paddings, @ForAll boolean withSegment) throws Exception {
        List<ObjectNode> objects = objects(paddings);

        PrepareResult packed = pack(objects, withSegment);

        assertWithinLimitAndInOrder(packed, objects);
        List<PreparedBatch> batches = packed.manifest().batches();
        for (int i = 0; i + 1 < batches.size(); i++) {
            int next = Audiences.size(objects.get(batches.get(i + 1).firstRow().getAsInt() - 2));
            // Closed only because the next object (with its comma) would have made it too long.
            assertThat(batches.get(i).bytes() + 1 + next).as(batches.get(i).file()).isGreaterThan(USABLE);
        }
    }

    @Property(tries = 50)
    void objectsTooLargeForAnyRequestAreLeftOutAndReportedTheRestKeptInOrder(
            @ForAll("largePaddings") List<String> paddings,
            @ForAll @IntRange(min = 0, max = 3) int oversized) throws Exception {
        List<ObjectNode> objects = new ArrayList<>(objects(paddings));
        List<Integer> oversizedAt = new ArrayList<>();
        for (int k = 0; k < oversized; k++) {
            int at = (k * 7919) % (objects.size() + 1);
            objects.add(at, Audiences.numbered(-1, "y".repeat((int) USABLE)));
        }
        for (int i = 0; i < objects.size(); i++) {
            if (objects.get(i).get("i").asInt() == -1) {
                oversizedAt.add(i + 2);
            }
        }

        PrepareResult packed = pack(objects, false);

        assertThat(packed.skipped()).extracting(e -> e.row().getAsInt()).containsExactlyElementsOf(oversizedAt);
        assertWithinLimitAndInOrder(packed, objects.stream().filter(o -> o.get("i").asInt() != -1).toList());
    }

    private static void assertWithinLimitAndInOrder(PrepareResult packed, List<ObjectNode> expected) throws Exception {
        PreparedUpload upload = PreparedUpload.open(packed.folder());
        List<JsonNode> sent = new ArrayList<>();
        for (PreparedBatch batch : upload.batches()) {
            assertThat(batch.bytes()).isLessThanOrEqualTo(USABLE);
            byte[] body = upload.body(batch, SHOP_ID, SECRET);
            assertThat((long) body.length).isLessThanOrEqualTo(LIMIT);
            assertThat(batch.objects()).isPositive();
            Audiences.parse(body).get("audience").forEach(sent::add);
        }
        assertThat(sent).containsExactlyElementsOf(expected);
        Audiences.deleteTree(packed.folder());
    }

    private static PrepareResult pack(List<ObjectNode> objects, boolean withSegment) throws Exception {
        assertThat(CredentialInjection.addedBytes(SHOP_ID, SECRET)).isEqualTo(RESERVED);
        Path folder = Files.createTempDirectory("packing");
        PrepareSettings settings = new PrepareSettings(LIMIT, RESERVED,
                withSegment ? OptionalLong.of(9_007_199_254_740_993L) : OptionalLong.empty());
        return Audiences.prepare(folder, settings, objects);
    }

    private static List<ObjectNode> objects(List<String> paddings) {
        return IntStream.range(0, paddings.size()).mapToObj(i -> Audiences.numbered(i, paddings.get(i))).toList();
    }

    /** Up to 80 characters of at most 3 bytes: at most 258 bytes per object, under 3% of 8,976. */
    @Provide
    Arbitrary<List<String>> smallPaddings() {
        return paddings(80);
    }

    /** Up to 1,000 characters: objects up to about 30% of the limit. */
    @Provide
    Arbitrary<List<String>> largePaddings() {
        return paddings(1_000);
    }

    private static Arbitrary<List<String>> paddings(int maxChars) {
        Arbitrary<String> padding = Arbitraries.strings().withChars('a', 'z', 'é', '€', '"', '\\')
                .ofMinLength(0).ofMaxLength(maxChars);
        return padding.list().ofMinSize(0).ofMaxSize(400);
    }
}
