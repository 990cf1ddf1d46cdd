package dev.triggerstudio.cli;

import dev.triggerstudio.bundle.BundleWriter;
import dev.triggerstudio.bundle.Ed25519Keys;
import dev.triggerstudio.bundle.Hashes;
import dev.triggerstudio.bundle.ProjectFiles;
import dev.triggerstudio.engine.ProjectCheck;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Diagnostic;
import dev.triggerstudio.model.ProjectLoader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./studio export PROJECT --out FILE.zip [--sign KEY] [--allow-errors]}. */
@Command(name = "export", description = "Write a reproducible trigger bundle of a project (docs/bundles.md).")
public final class ExportCommand implements Callable<Integer> {
    private static final int ERRORS_SHOWN = 20;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project folder")
    Path project;

    @Option(names = "--out", required = true, paramLabel = "FILE.zip", description = "the bundle to write")
    Path out;

    @Option(names = "--sign", paramLabel = "KEY", description = "sign the manifest with this Ed25519 private key (./studio keygen)")
    Path signKey;

    @Option(names = "--allow-errors", description = "export even when the project fails check")
    boolean allowErrors;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        refuseProjectFile();
        try (OutputFile target = OutputFile.open("--out", out)) {
            return export(err, target);
        }
    }

    private int export(PrintWriter err, OutputFile target) throws Exception {
        ProjectLoader.Result checked = ProjectCheck.run(project, ScriptRuntimes.standard());
        // a broken batch or test is exported as it is, like any work in progress; it blocks nothing
        List<Diagnostic> errors = checked.errorsThatBlockRuns();
        long brokenOthers = checked.diagnostics().stream().filter(Diagnostic::isError).count() - errors.size();
        if (checked.project() == null || (!errors.isEmpty() && !allowErrors)) {
            errors.stream().limit(ERRORS_SHOWN).forEach(err::println);
            err.println("studio: " + project + " fails check with " + errors.size() + " error(s); fix them"
                    + (checked.project() == null ? "" : " or pass --allow-errors") + " (nothing was written)");
            return ExitCodes.BAD_INPUT;
        }
        if (!errors.isEmpty()) {
            err.println("studio: warning: exporting despite " + errors.size() + " error(s) (--allow-errors)");
        }
        if (brokenOthers > 0) {
            err.println("studio: warning: " + brokenOthers + " error(s) in batches/ or tests/ (run ./studio check " + project
                    + "); those files are exported as they are");
        }
        KeyPair signer = signKey == null ? null : Ed25519Keys.readPair(signKey);
        if (signer != null && Ed25519Keys.readableByOthers(signKey)) {
            err.println("studio: warning: " + signKey + " is readable by other users; run chmod 600 " + signKey);
        }
        byte[] bundle = BundleWriter.write(checked.project(), ProjectFiles.collect(project), signer);
        Files.write(target.temp(), bundle);
        target.commit();
        spec.commandLine().getOut().println("wrote " + out + ": " + bundle.length + " bytes, sha256 " + Hashes.sha256(bundle)
                + (signer == null ? ", unsigned" : ", signed by key " + Ed25519Keys.keyId(signer.getPublic())));
        return ExitCodes.OK;
    }

    /** A bundle written over project.json (or any file the project holds) would destroy what it exports. */
    private void refuseProjectFile() {
        Path root = project.toAbsolutePath().normalize();
        Path target = out.toAbsolutePath().normalize();
        try {
            root = root.toRealPath();
            Path parent = target.getParent();
            target = parent != null && Files.isDirectory(parent) ? parent.toRealPath().resolve(target.getFileName()) : target;
        } catch (java.io.IOException e) {
            return; // a missing project is reported by the check; a missing folder by OutputFile
        }
        if (!target.startsWith(root)) {
            return;
        }
        String relative = root.relativize(target).toString().replace('\\', '/');
        if (ProjectFiles.isInsideProjectFiles(relative)) {
            throw new CommandProblem("--out " + out + " is one of the project's own files (" + relative
                    + "); write the bundle outside them, e.g. --out " + root.getFileName() + ".zip (nothing was written)");
        }
    }
}
