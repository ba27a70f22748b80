package io.github.tertib.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tertib.run.Seal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every algorithm the seal benchmark measures seals and verifies the benchmark's case. */
class SealBenchTest {

    @ParameterizedTest
    @EnumSource(Seal.Algorithm.class)
    void seals_and_verifies_with_every_algorithm(Seal.Algorithm algorithm) {
        SealBench bench = new SealBench();
        bench.algorithm = algorithm;
        bench.setUp();
        Seal seal = bench.seal();
        assertThat(seal.algorithm()).isEqualTo(algorithm);
        assertThat(seal.events()).isEqualTo(TertibV4.HAPPY_PATH_EVENTS);
        assertThat(bench.verify()).isTrue();
        assertThat(bench.sealedReplay().events()).hasSize(TertibV4.HAPPY_PATH_EVENTS);
    }
}
