package org.audienceimport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.audienceimport.AppVersion;
import org.audienceimport.convert.Conversion;
import org.audienceimport.convert.normalise.ValueNormalisers;
import org.audienceimport.mapping.Mapping;
import org.audienceimport.mapping.MappingException;
import org.audienceimport.source.SourceException;
import org.audienceimport.source.TableSource;
import org.audienceimport.source.TableSources;
import org.audienceimport.upload.prepare.ObjectTooLargeException;
import org.audienceimport.upload.prepare.PrepareSettings;
import org.audienceimport.upload.prepare.PreparedBatch;
import org.audienceimport.upload.prepare.PreparedUploadException;
import org.audienceimport.upload.prepare.Preparation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "prepare",
        mixinStandardHelpOptions = true,
        description = {"Prepares an upload offline: checks every row and writes the request bodies and a manifest to a folder, "
            + "to be sent later with 'upload --prepared DIR' or from the wizard. Nothing is sent and no password is needed."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:prepared; every row is in it",
            "1:an unexpected fault inside the app (a bug; see the log)",
            "2:the file, the mapping or the output folder cannot be used (the reason is on stderr)",
            "3:prepared, but some rows were excluded (no valid email or phone, or --strict)"})
public final class PrepareCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The .xlsx, .xls or .csv file.")
    private Path file;

    @Mixin
    private SourceOptions source;

    @Mixin
    private ConversionOptions conversion;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "The folder to write to: new, empty, or an earlier prepared upload to replace.")
    private Path out;

    @Option(names = "--max-request-bytes", paramLabel = "N", defaultValue = "32000000",
            description = "The largest request body, credentials included (default: ${DEFAULT-VALUE}, the cautious reading of 32 MB).")
    private long maxRequestBytes;

    @Option(names = "--json", description = "Print one JSON object on stdout: the summary, the issues and the batches.")
    private boolean json;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            conversion.checkReportName();
            PrepareSettings settings = settings();
            Mapping mapping = conversion.mapping(source);
            ConversionOptions.Listeners listeners = conversion.listeners();
            Preparation.Outcome outcome;
            try (TableSource opened = TableSources.open(file, source.readOptions()); listeners) {
                Conversion engine = new Conversion(new ValueNormalisers(), LocalDate.now(), conversion.strict());
                outcome = new Preparation(engine, AppVersion.version()).run(file, opened, mapping,
                        new ObjectMapper().readTree(conversion.mappingText(mapping)), out, settings, listeners.all());
            }
            print(outcome, listeners);
            boolean skipped = !outcome.result().skipped().isEmpty();
            return skipped || outcome.summary().excluded() > 0 ? ExitCodes.SOME_EXCLUDED : ExitCodes.OK;
        } catch (SourceException | MappingException | BadOptionException e) {
            err.println(e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (PreparedUploadException e) {
            err.println(String.join(" ", e.problems()));
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println("Audience Import could not finish reading or writing (" + e.getMessage() + ").");
            return ExitCodes.BAD_INPUT;
        } finally {
            source.wipePassword();
        }
    }

    private PrepareSettings settings() throws BadOptionException {
        PrepareSettings defaults = PrepareSettings.defaults();
        if (maxRequestBytes < 4L * defaults.reservedCredentialBytes()) {
            throw new BadOptionException("--max-request-bytes is too small to hold a request; use at least "
                    + 4L * defaults.reservedCredentialBytes() + " (the default is 32000000).");
        }
        return defaults.withMaxRequestBytes(maxRequestBytes);
    }

    private void print(Preparation.Outcome outcome, ConversionOptions.Listeners listeners) {
        PrintWriter stdout = spec.commandLine().getOut();
        if (json) {
            ObjectNode root = ConversionOutput.json(outcome.summary(), listeners);
            root.put("out", out.toAbsolutePath().toString());
            root.put("objects", outcome.result().manifest().objects());
            ArrayNode batches = root.putArray("batches");
            for (PreparedBatch batch : outcome.result().manifest().batches()) {
                batches.addObject().put("file", batch.file()).put("objects", batch.objects()).put("bytes", batch.bytes());
            }
            ArrayNode skipped = root.putArray("skipped_too_large");
            outcome.result().skipped().forEach(e -> skipped.add(e.getMessage()));
            stdout.println(root);
        } else {
            ConversionOutput.text(outcome.summary(), listeners, stdout);
            stdout.printf(Locale.US, "Prepared:           %,d contacts in %d request%s in %s%n", outcome.result().manifest().objects(),
                    outcome.result().manifest().batches().size(), outcome.result().manifest().batches().size() == 1 ? "" : "s",
                    out.toAbsolutePath());
            for (ObjectTooLargeException tooLarge : outcome.result().skipped()) {
                stdout.println("  " + tooLarge.getMessage());
            }
        }
        stdout.flush();
    }
}
