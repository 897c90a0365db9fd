package dev.iamlint.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Evaluation throughput on one core over a generated corpus (see {@link PolicyCorpus}); one
 * operation is one decision. Targets: 1,000,000 decisions/s without conditions, 200,000/s
 * with them. Run: {@code mvn -pl linter-core -Pbench test-compile exec:exec}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EvaluatorBenchmark {

    static final int SCENARIOS = 1024;

    private List<PolicyCorpus.Scenario> unconditional;
    private List<PolicyCorpus.Scenario> conditional;

    @Setup
    public void setUp() {
        unconditional = PolicyCorpus.generate(42, SCENARIOS, false);
        conditional = PolicyCorpus.generate(43, SCENARIOS, true);
    }

    @Benchmark
    @OperationsPerInvocation(SCENARIOS)
    public void unconditional(Blackhole blackhole) {
        run(unconditional, blackhole);
    }

    @Benchmark
    @OperationsPerInvocation(SCENARIOS)
    public void withConditions(Blackhole blackhole) {
        run(conditional, blackhole);
    }

    private static void run(List<PolicyCorpus.Scenario> scenarios, Blackhole blackhole) {
        for (PolicyCorpus.Scenario scenario : scenarios) {
            blackhole.consume(scenario.evaluator().evaluate(scenario.request()));
        }
    }
}
