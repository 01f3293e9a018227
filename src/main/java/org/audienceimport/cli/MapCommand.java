package org.audienceimport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

import org.audienceimport.mapping.AutoMapper;
import org.audienceimport.mapping.ColumnProfiles;
import org.audienceimport.mapping.FieldCatalog;
import org.audienceimport.mapping.Mapping;
import org.audienceimport.mapping.MappingJson;
import org.audienceimport.source.SheetChooser;
import org.audienceimport.source.SheetInfo;
import org.audienceimport.source.SheetTable;
import org.audienceimport.source.SourceException;
import org.audienceimport.source.TableSource;
import org.audienceimport.source.TableSources;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "map",
        mixinStandardHelpOptions = true,
        description = {"Suggests a mapping of the file's columns to contact fields, by header and by values.",
            "Save the --json output as a mapping file, review it, and pass it to validate, prepare or upload."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:a mapping was suggested",
            "1:an unexpected fault inside the app (a bug; see the log)",
            "2:the file cannot be read, or an option is wrong (the reason is on stderr)"})
public final class MapCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The .xlsx, .xls or .csv file.")
    private Path file;

    @Mixin
    private SourceOptions source;

    @Option(names = "--json", description = "Print the mapping file (JSON) on stdout, with a \"confidence\" per column.")
    private boolean json;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            FieldCatalog catalog = FieldCatalog.standard();
            try (TableSource opened = TableSources.open(file, source.readOptions())) {
                SheetInfo sheet = SheetChooser.choose(opened, source.sheet(), TableSources.quoted(file));
                try (SheetTable table = SheetTable.open(opened, sheet, source.headerRow())) {
                    AutoMapper.Suggestion suggestion = new AutoMapper(catalog).suggest(ColumnProfiles.read(table));
                    Mapping base = suggestion.mapping();
                    Mapping mapping = new Mapping(Optional.of(sheet.name()), OptionalInt.of(table.headerRow()),
                            base.segmentId(), base.phoneRegion(), base.dateOrder(), base.columns(), base.constants());
                    PrintWriter out = spec.commandLine().getOut();
                    if (json) {
                        out.println(withConfidence(new MappingJson(catalog).write(mapping), suggestion.columns()));
                    } else {
                        printTable(out, sheet, table.headerRow(), suggestion.columns());
                    }
                    out.flush();
                }
            }
            return ExitCodes.OK;
        } catch (SourceException | BadOptionException e) {
            err.println(e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println(TableSources.quoted(file) + " could not be read to the end (" + e.getMessage() + ").");
            return ExitCodes.BAD_INPUT;
        } finally {
            source.wipePassword();
        }
    }

    private static String withConfidence(String mappingJson, List<AutoMapper.ColumnSuggestion> columns) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = (ObjectNode) mapper.readTree(mappingJson);
        ObjectNode confidence = root.putObject("confidence");
        columns.stream().filter(c -> c.target().isPresent() && !c.header().isEmpty())
                .forEach(c -> confidence.put(c.header(), Math.round(c.confidence() * 100) / 100.0));
        return mapper.writeValueAsString(root);
    }

    private static void printTable(PrintWriter out, SheetInfo sheet, int headerRow, List<AutoMapper.ColumnSuggestion> columns) {
        out.printf("Sheet \u201C%s\u201D, headers on row %d:%n", sheet.name(), headerRow);
        int width = Math.min(30, columns.stream().mapToInt(c -> c.header().length()).max().orElse(6));
        for (AutoMapper.ColumnSuggestion column : columns) {
            String header = column.header().isEmpty() ? "(no header)" : column.header();
            if (column.target().isPresent()) {
                out.printf(Locale.ROOT, "  %-" + width + "s -> %-22s %3d%%  (%s)%n", header, column.target().get().describe(),
                        Math.round(column.confidence() * 100), column.reason());
            } else {
                out.printf("  %-" + width + "s    not imported%n", header);
            }
        }
        out.println("Save this as a file with --json, check it, and use it with --mapping.");
    }
}
