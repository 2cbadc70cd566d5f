package com.supportbilling.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether the prepared JVM asks for its heap in huge pages (D143). A run touches all of its heap, and every
 * page touched for the first time costs a page fault: 131,072 of them for 512 MB in pages of 4 KB, 0.8 s of
 * processor time on a virtual machine, measured alone. With {@value #OPTION} the kernel maps the heap 2 MB at a
 * time, 256 faults. It is asked only where the kernel gives huge pages to a process that asks for them.
 */
final class HugePages {

    static final String OPTION = "-XX:+UseTransparentHugePages";
    /** The kernel's setting, {@code always [madvise] never}: the one in brackets holds. */
    static final Path KERNEL_SETTING = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

    private HugePages() {
    }

    /** Whether the kernel whose setting is {@code setting} gives huge pages to a process that asks. */
    static boolean offered(Path setting) {
        try {
            String chosen = Files.readString(setting);
            return chosen.contains("[always]") || chosen.contains("[madvise]");
        } catch (IOException | RuntimeException e) {
            return false; // a kernel without the setting has no huge pages to give
        }
    }
}
