/**
 * Benchmarks (see the module README): {@link vn.pakn.benchmarks.RoutingBenchmark} (JMH),
 * {@link vn.pakn.benchmarks.IntakeLoad}, {@link vn.pakn.benchmarks.ScaleBench} and
 * {@link vn.pakn.benchmarks.StartupTime}. Everything talks only to 127.0.0.1 and every loop is bounded in count
 * and in time.
 */
package vn.pakn.benchmarks;
