package org.audienceimport.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;

import org.audienceimport.AppFolders;
import org.audienceimport.AppVersion;
import org.audienceimport.convert.Conversion;
import org.audienceimport.convert.normalise.ValueNormalisers;
import org.audienceimport.mapping.Mapping;
import org.audienceimport.mapping.MappingException;
import org.audienceimport.upload.CancelMode;
import org.audienceimport.upload.FileSource;
import org.audienceimport.upload.PreparedSource;
import org.audienceimport.upload.RateLimit;
import org.audienceimport.upload.Secret;
import org.audienceimport.upload.ShopCredentials;
import org.audienceimport.upload.UploadEngine;
import org.audienceimport.upload.UploadEvent;
import org.audienceimport.upload.UploadReport;
import org.audienceimport.upload.UploadSettings;
import org.audienceimport.upload.UploadSource;
import org.audienceimport.upload.http.ApiClient;
import org.audienceimport.upload.http.ApiSettings;
import org.audienceimport.upload.http.Endpoint;
import org.audienceimport.upload.http.ProxySettings;
import org.audienceimport.upload.prepare.PrepareSettings;
import org.audienceimport.upload.prepare.PreparedUpload;
import org.audienceimport.upload.prepare.PreparedUploadException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "upload",
        mixinStandardHelpOptions = true,
        modelTransformer = UploadCommand.MappingOnlyForFiles.class,
        description = {"Sends contacts to the account: a file with its mapping (checked and packed on the way), or a folder "
            + "made by 'prepare'. Keeps to the rate limit, retries what can be retried, and remembers what the server "
            + "accepted: if it stops, run the same command again and only the rest is sent.",
            "The shop secret is read from the environment variable named by --shop-secret-env, or asked for without echo; "
            + "it is never taken from the command line."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:everything was sent and accepted",
            "1:an unexpected fault inside the app (a bug; see the log)",
            "2:bad input: a wrong option, no secret, or a file, mapping or folder that cannot be used",
            "3:everything was sent, but some rows of the file were excluded (no valid email or phone, or --strict)",
            "4:stopped before everything was accepted: the shop ID or secret was refused, a batch was rejected,",
            "  the server kept failing, or the upload was cancelled (the reason is on stderr); run it again to send the rest"})
public final class UploadCommand implements Callable<Integer> {

    /** Asks for the secret without echo; empty when there is no one to ask. */
    @FunctionalInterface
    interface SecretPrompt {
        Optional<char[]> ask(String question);
    }

    private static final List<String> FILE_ONLY = List.of("--mapping", "--strict", "--report", "--sheet", "--header-row",
            "--encoding", "--delimiter", "--password", "--max-request-bytes");

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The .xlsx, .xls or .csv file (with --mapping).")
    private Path file;

    @Option(names = "--prepared", paramLabel = "DIR", description = "Send a folder made by 'prepare' instead of a file.")
    private Path prepared;

    @Mixin
    private SourceOptions source;

    @Mixin
    private ConversionOptions conversion;

    @Option(names = "--endpoint", paramLabel = "URL", defaultValue = "https://api.personaclick.com",
            description = "The API address (default: ${DEFAULT-VALUE}; REES46 accounts: https://api.rees46.ru).")
    private String endpoint;

    @Option(names = "--shop-id", paramLabel = "ID", required = true,
            description = "The shop ID (Account > Settings > Store Settings).")
    private String shopId;

    @Option(names = "--shop-secret-env", paramLabel = "VAR",
            description = "The environment variable holding the shop secret. Without it, the secret is asked for.")
    private String secretVariable;

    @Option(names = "--shop-secret", arity = "0..1", hidden = true, paramLabel = "SECRET")
    private String secretOnCommandLine;

    @Option(names = "--segment-id", paramLabel = "N",
            description = "The static segment to add the contacts to (Account > CRM > Segments); for a file, overrides the mapping's.")
    private Long segmentId;

    @Option(names = "--rate", paramLabel = "N/DURATION", defaultValue = "40/60s",
            description = "At most N requests in any window (default: ${DEFAULT-VALUE}, the platform's limit).")
    private String rate;

    @Option(names = "--max-request-bytes", paramLabel = "N", defaultValue = "32000000",
            description = "FILE: the largest request body, credentials included (default: ${DEFAULT-VALUE}).")
    private long maxRequestBytes;

    @Option(names = "--request-timeout", paramLabel = "SECONDS", defaultValue = "600",
            description = "How long one request may take (default: ${DEFAULT-VALUE}).")
    private long requestTimeout;

    @Option(names = "--proxy", paramLabel = "HOST:PORT", description = "Use this proxy (default: the system's proxy settings).")
    private String proxy;

    @Option(names = "--proxy-user", paramLabel = "USER", description = "The proxy's user name.")
    private String proxyUser;

    @Option(names = "--proxy-password-env", paramLabel = "VAR", description = "The environment variable holding the proxy's password.")
    private String proxyPasswordVariable;

    @Option(names = "--send-all", description = "Send every batch, even those an earlier run of this same upload already sent.")
    private boolean sendAll;

    private final Map<String, String> environment;
    private final SecretPrompt prompt;
    private final AppFolders folders;
    private final boolean terminal;

    public UploadCommand() {
        this(System.getenv(), UploadCommand::askConsole, AppFolders.forThisUser(), System.console() != null);
    }

    UploadCommand(Map<String, String> environment, SecretPrompt prompt, AppFolders folders, boolean terminal) {
        this.environment = environment;
        this.prompt = prompt;
        this.folders = folders;
        this.terminal = terminal;
    }

    private static Optional<char[]> askConsole(String question) {
        Console console = System.console();
        return console == null ? Optional.empty() : Optional.ofNullable(console.readPassword("%s", question));
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Secret secret = null;
        Secret proxyPassword = null;
        try {
            checkForm();
            Endpoint address = parse(() -> Endpoint.parse(endpoint));
            RateLimit limit = parse(() -> RateLimit.parse(rate));
            if (requestTimeout < 1) {
                throw new BadOptionException("--request-timeout must be at least 1 second.");
            }
            proxyPassword = proxyPassword();
            ProxySettings proxySettings = proxySettings(proxyPassword);
            secret = secret();
            UploadSettings settings = UploadSettings.defaults(folders).withRate(limit).withFresh(sendAll);
            ApiSettings api = ApiSettings.defaults().withEndpoint(address)
                    .withTimeouts(ApiSettings.defaults().connectTimeout(), Duration.ofSeconds(requestTimeout))
                    .withProxy(proxySettings);
            return file != null ? uploadFile(address, settings, api, secret) : uploadPrepared(address, settings, api, secret);
        } catch (BadOptionException | MappingException e) {
            err.println(e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (PreparedUploadException e) {
            err.println(String.join(" ", e.problems()));
            return ExitCodes.BAD_INPUT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("The upload was interrupted. Run the same command again to send the rest.");
            return ExitCodes.STOPPED;
        } catch (IOException e) {
            err.println("Audience Import could not finish reading or writing (" + e.getMessage() + ").");
            return ExitCodes.BAD_INPUT;
        } finally {
            source.wipePassword();
            if (secret != null) {
                secret.wipe();
            }
            if (proxyPassword != null) {
                proxyPassword.wipe();
            }
        }
    }

    private void checkForm() throws BadOptionException {
        if (secretOnCommandLine != null) {
            throw new BadOptionException("The shop secret is never taken from the command line, where other people and"
                    + " programs can see it. Put it in an environment variable and give its name with --shop-secret-env,"
                    + " or leave both out to be asked for it.");
        }
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        if ((file == null) == (prepared == null)) {
            throw new BadOptionException("Give either a FILE with --mapping, or --prepared DIR (not both).");
        }
        if (file != null && !parsed.hasMatchedOption("--mapping")) {
            throw new BadOptionException("Sending a file needs its mapping: add --mapping M (see 'map --json' to make one).");
        }
        if (prepared != null) {
            for (String option : FILE_ONLY) {
                if (parsed.hasMatchedOption(option)) {
                    throw new BadOptionException(option + " applies to a file; a prepared upload was already checked and"
                            + " packed. Prepare it again to change that.");
                }
            }
        }
        conversion.checkReportName();
    }

    private interface Parser<T> {
        T parse();
    }

    private static <T> T parse(Parser<T> parser) throws BadOptionException {
        try {
            return parser.parse();
        } catch (IllegalArgumentException e) {
            throw new BadOptionException(e.getMessage());
        }
    }

    private Secret secret() throws BadOptionException {
        if (secretVariable != null) {
            String value = environment.get(secretVariable);
            if (value == null || value.isBlank()) {
                throw new BadOptionException("The environment variable " + secretVariable + " is not set or is empty."
                        + " Set it to the shop secret (Account > Settings > Store Settings).");
            }
            return Secret.of(value.strip());
        }
        Optional<char[]> typed = prompt.ask("Shop secret for " + shopId + " (not shown): ");
        if (typed.isEmpty()) {
            throw new BadOptionException("No shop secret: there is no terminal to ask for it. Put it in an environment"
                    + " variable and give its name with --shop-secret-env.");
        }
        char[] characters = typed.get();
        try {
            Secret secret = Secret.of(characters);
            if (secret.isBlank()) {
                throw new BadOptionException("The shop secret is empty. Copy it from Account > Settings > Store Settings.");
            }
            return secret;
        } finally {
            Arrays.fill(characters, '\0');
        }
    }

    private Secret proxyPassword() throws BadOptionException {
        if (proxyPasswordVariable == null) {
            return null;
        }
        String value = environment.get(proxyPasswordVariable);
        if (value == null) {
            throw new BadOptionException("The environment variable " + proxyPasswordVariable + " is not set.");
        }
        return Secret.of(value);
    }

    private ProxySettings proxySettings(Secret password) throws BadOptionException {
        if (proxy == null) {
            if (proxyUser != null || password != null) {
                throw new BadOptionException("--proxy-user and --proxy-password-env need --proxy HOST:PORT.");
            }
            return new ProxySettings.SystemProxy();
        }
        int colon = proxy.lastIndexOf(':');
        try {
            return parse(() -> new ProxySettings.Explicit(proxy.substring(0, Math.max(0, colon)),
                    Integer.parseInt(proxy.substring(colon + 1)), Optional.ofNullable(proxyUser), Optional.ofNullable(password)));
        } catch (BadOptionException | IndexOutOfBoundsException e) {
            throw new BadOptionException("--proxy must be HOST:PORT, for example proxy.example.com:3128.");
        }
    }

    private int uploadFile(Endpoint address, UploadSettings settings, ApiSettings api, Secret secret)
            throws BadOptionException, MappingException, InterruptedException, IOException {
        PrepareSettings packing = PrepareSettings.defaults();
        if (maxRequestBytes < 4L * packing.reservedCredentialBytes()) {
            throw new BadOptionException("--max-request-bytes is too small to hold a request; use at least "
                    + 4L * packing.reservedCredentialBytes() + " (the default is 32000000).");
        }
        Mapping read = conversion.mapping(source);
        Mapping mapping = segmentId == null ? read : new Mapping(read.sheet(), read.headerRow(), Optional.of(segmentId),
                read.phoneRegion(), read.dateOrder(), read.columns(), read.constants());
        try (ConversionOptions.Listeners listeners = conversion.listeners()) {
            UploadSource upload = new FileSource(file, source.readOptions(), mapping, conversion.mappingText(mapping),
                    new Conversion(new ValueNormalisers(), LocalDate.now(), conversion.strict()),
                    packing.withMaxRequestBytes(maxRequestBytes), AppVersion.version(), listeners.all());
            return run(upload, address, settings, api, secret);
        }
    }

    private int uploadPrepared(Endpoint address, UploadSettings settings, ApiSettings api, Secret secret)
            throws BadOptionException, PreparedUploadException, InterruptedException {
        PreparedUpload upload = PreparedUpload.open(prepared);
        OptionalLong baked = upload.manifest().segmentId();
        if (segmentId != null && (baked.isEmpty() || baked.getAsLong() != segmentId)) {
            throw new BadOptionException("This prepared upload goes to " + (baked.isPresent() ? "segment " + baked.getAsLong()
                    : "no segment") + "; the segment is part of its batches, so --segment-id " + segmentId
                    + " cannot change it. Leave --segment-id out, or prepare it again with that segment in the mapping.");
        }
        return run(new PreparedSource(upload), address, settings, api, secret);
    }

    private int run(UploadSource upload, Endpoint address, UploadSettings settings, ApiSettings api, Secret secret)
            throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        UploadProgressPrinter printer = new UploadProgressPrinter(err, terminal);
        UploadEngine[] engine = new UploadEngine[1];
        UploadReport report;
        try (ApiClient client = new ApiClient(api)) {
            engine[0] = new UploadEngine(upload, client, new ShopCredentials(shopId, secret), settings, event -> {
                printer.onEvent(event);
                // No one can press Resume on the command line: a pause after retries ends the run; the
                // journal lets the next run go on.
                if (event instanceof UploadEvent.Paused paused && !paused.byUser()) {
                    engine[0].cancel(CancelMode.FINISH_CURRENT);
                }
            });
            engine[0].start();
            report = engine[0].awaitReport();
        }
        if (!report.complete()) {
            report.reason().ifPresent(err::println);
            report.rejected().forEach(batch -> err.println("Not imported: " + batch.describe() + ": " + batch.message()));
            if (report.stopCause().isPresent() && report.journal().isPresent()) {
                err.println("What the server accepted is remembered: run the same command again to send the rest.");
            }
        }
        report.tooLarge().forEach(err::println);
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        out.println(UploadSummary.json(report, address.toString(), upload.name()));
        out.flush();
        return UploadSummary.exitCode(report);
    }

    /** --mapping is required by the shared options, but a prepared upload has none: it is checked in call(). */
    static final class MappingOnlyForFiles implements CommandLine.IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            OptionSpec mapping = spec.findOption("--mapping");
            if (mapping != null && mapping.required()) {
                spec.remove(mapping);
                spec.addOption(mapping.toBuilder().required(false).build());
            }
            return spec;
        }
    }
}
