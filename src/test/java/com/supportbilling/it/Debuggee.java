package com.supportbilling.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.jdi.Bootstrap;
import com.sun.jdi.IncompatibleThreadStateException;
import com.sun.jdi.Method;
import com.sun.jdi.ReferenceType;
import com.sun.jdi.StackFrame;
import com.sun.jdi.ThreadReference;
import com.sun.jdi.VMDisconnectedException;
import com.sun.jdi.VirtualMachine;
import com.sun.jdi.connect.AttachingConnector;
import com.sun.jdi.connect.Connector;
import com.sun.jdi.event.BreakpointEvent;
import com.sun.jdi.event.ClassPrepareEvent;
import com.sun.jdi.event.Event;
import com.sun.jdi.event.EventSet;
import com.sun.jdi.event.VMDeathEvent;
import com.sun.jdi.event.VMDisconnectEvent;
import com.sun.jdi.request.BreakpointRequest;
import com.sun.jdi.request.ClassPrepareRequest;
import com.sun.jdi.request.EventRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged application started under the JDK's debugger interface (JDI), so that a test can hold
 * one of its threads at the n-th call of a method — "the run is in the middle of its usage intake" —
 * and then signal or kill the process, or let the thread go on. The moment is an event the test waits
 * for, not a guess at how fast the machine bills; the process's other threads (its signal handling,
 * its shutdown hooks) run on.
 */
final class Debuggee implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("Listening for transport dt_socket at address: (\\d+)");
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private final Process process;
    private final VirtualMachine vm;
    private final List<Pause> pauses = new CopyOnWriteArrayList<>();

    private Debuggee(Process process, VirtualMachine vm) {
        this.process = process;
        this.vm = vm;
    }

    /**
     * Starts {@code java -jar} with {@code args} as {@link Jar#start} does, suspended until {@link #go()}:
     * set the pauses first.
     */
    static Debuggee start(Path logs, String name, String... args) throws Exception {
        Process process = Jar.start(logs, name,
                List.of("-agentlib:jdwp=transport=dt_socket,server=y,suspend=y,address=127.0.0.1:0"), args);
        int port = port(logs.resolve(name + ".out"), process);
        AttachingConnector socket = Bootstrap.virtualMachineManager().attachingConnectors().stream()
                .filter(connector -> connector.name().equals("com.sun.jdi.SocketAttach")).findFirst().orElseThrow();
        Map<String, Connector.Argument> arguments = socket.defaultArguments();
        arguments.get("hostname").setValue("127.0.0.1");
        arguments.get("port").setValue(Integer.toString(port));
        return new Debuggee(process, socket.attach(arguments));
    }

    private static int port(Path out, Process process) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher listening = LISTENING.matcher(Files.exists(out) ? Files.readString(out) : "");
            if (listening.find()) {
                return Integer.parseInt(listening.group(1));
            }
            assertThat(process.isAlive()).as("the debuggee started").isTrue();
            Thread.sleep(20);
        }
        throw new AssertionError("the debuggee's agent did not say where it listens");
    }

    Process process() {
        return process;
    }

    /**
     * Holds the thread that makes the {@code nth} call of {@code method} (any overload) of the class
     * named {@code className}, at the method's first line, until {@link Pause#release()}.
     */
    Pause pauseAt(String className, String method, int nth) {
        Pause pause = new Pause(className, method, nth);
        pauses.add(pause);
        vm.classesByName(className).forEach(pause::arm);
        ClassPrepareRequest prepared = vm.eventRequestManager().createClassPrepareRequest();
        prepared.addClassFilter(className);
        prepared.setSuspendPolicy(EventRequest.SUSPEND_EVENT_THREAD);
        prepared.enable();
        return pause;
    }

    /** Lets the application run, now that its pauses are set. */
    void go() {
        Thread events = new Thread(this::dispatch, "debugger-events");
        events.setDaemon(true);
        events.start();
        vm.resume();
    }

    /**
     * Waits until the thread named {@code threadName} is inside {@code className.method} (anywhere on its
     * stack), e.g. a shutdown hook waiting for the run it asked to stop.
     */
    void awaitThreadIn(String threadName, String className, String method) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!isIn(threadName, className, method)) {
            assertThat(process.isAlive()).as("still running before %s is in %s.%s", threadName, className, method).isTrue();
            assertThat(System.nanoTime()).as("%s in %s.%s in time", threadName, className, method).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private boolean isIn(String threadName, String className, String method) {
        for (ThreadReference thread : vm.allThreads()) {
            if (!thread.name().equals(threadName)) {
                continue;
            }
            thread.suspend();
            try {
                return thread.frames().stream().map(StackFrame::location).anyMatch(location ->
                        location.declaringType().name().equals(className) && location.method().name().equals(method));
            } catch (IncompatibleThreadStateException e) {
                return false;
            } finally {
                thread.resume();
            }
        }
        return false;
    }

    private void dispatch() {
        try {
            while (true) {
                EventSet set = vm.eventQueue().remove();
                boolean hold = false;
                for (Event event : set) {
                    if (event instanceof ClassPrepareEvent prepared) {
                        pauses.stream().filter(pause -> pause.className.equals(prepared.referenceType().name()))
                                .forEach(pause -> pause.arm(prepared.referenceType()));
                    } else if (event instanceof BreakpointEvent hit) {
                        pauses.stream().filter(pause -> pause.requests.contains(hit.request()))
                                .forEach(pause -> pause.hit(hit.thread()));
                        hold = true;
                    } else if (event instanceof VMDeathEvent || event instanceof VMDisconnectEvent) {
                        return;
                    }
                }
                if (!hold) {
                    set.resume();
                }
            }
        } catch (InterruptedException | VMDisconnectedException e) {
            // the debuggee ended, or was killed
        }
    }

    /** Ends the process if a failed test left it running (a watcher would run on for ever). */
    @Override
    public void close() {
        process.destroyForcibly();
        try {
            vm.dispose();
        } catch (VMDisconnectedException e) {
            // gone already
        }
    }

    /** One thread held at one call of a method. */
    final class Pause {

        private final String className;
        private final String method;
        private final int nth;
        private final List<EventRequest> requests = new CopyOnWriteArrayList<>();
        private final CountDownLatch reached = new CountDownLatch(1);
        private volatile ThreadReference thread;

        private Pause(String className, String method, int nth) {
            this.className = className;
            this.method = method;
            this.nth = nth;
        }

        private void arm(ReferenceType type) {
            List<Method> methods = type.methodsByName(method);
            assertThat(methods).as("%s.%s", className, method).isNotEmpty();
            for (Method candidate : methods) {
                BreakpointRequest request = vm.eventRequestManager().createBreakpointRequest(candidate.location());
                request.setSuspendPolicy(EventRequest.SUSPEND_EVENT_THREAD);
                request.addCountFilter(nth);
                request.enable();
                requests.add(request);
            }
        }

        private void hit(ThreadReference at) {
            thread = at;
            reached.countDown();
        }

        /** Waits until a thread is held here; fails when the process ends first. */
        void await() throws InterruptedException {
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (!reached.await(100, TimeUnit.MILLISECONDS)) {
                assertThat(process.isAlive()).as("still running before %s.%s call %d", className, method, nth).isTrue();
                assertThat(System.nanoTime()).as("%s.%s call %d reached in time", className, method, nth)
                        .isLessThan(deadline);
            }
        }

        /** Lets the held thread go on. */
        void release() {
            thread.resume();
        }
    }
}
