package org.audienceimport.cli;

import org.audienceimport.AppVersion;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "audience-import",
        mixinStandardHelpOptions = true,
        versionProvider = AudienceImportCommand.Version.class,
        description = {
            "Gets contacts from a spreadsheet (.xlsx, .xls, .csv) into a PersonaClick (REES46) account.",
            "Run without arguments to open the wizard."},
        subcommands = {InspectCommand.class, MapCommand.class, ValidateCommand.class, PrepareCommand.class,
            UploadCommand.class, SandboxCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the command did what was asked",
            "1:an unexpected fault inside the app (a bug; see the log)",
            "2:bad input: a wrong option, or a file or mapping that cannot be used (the reason is on stderr)",
            "3:validate/prepare/upload: some rows are excluded; the rest can be imported (or was sent)",
            "4:upload: stopped before everything was sent (the reason is on stderr); run it again to send the rest"})
public final class AudienceImportCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reads the version the build stamped in. */
    public static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Audience Import " + AppVersion.version(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
