package com.supportbilling.e2e;

import com.supportbilling.cli.BillingCommandLine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the command line in this JVM, as the jar would, and keeps what it printed. */
final class Cli {

    record Result(int exitCode, String out, String err) {
    }

    private Cli() {
    }

    static Result run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            int code = BillingCommandLine.execute(args);
            return new Result(code, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** {@code run --month M --input IN --output OUT --state STATE} plus extra arguments. */
    static Result bill(String month, Path input, Path output, Path state, String... extra) {
        List<String> args = new ArrayList<>(List.of("run", "--month", month, "--input", input.toString(), "--output",
                output.toString(), "--state", state.toString()));
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }
}
