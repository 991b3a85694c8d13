/**
 * WAVE, the WebAssembly Value Encoding: {@link dev.dovetail.cli.wave.WaveParser} reads a typed
 * value or a call ({@link dev.dovetail.cli.wave.WaveCall}) from text and {@link
 * dev.dovetail.cli.wave.WavePrinter} writes {@link dev.dovetail.abi.Val}s back.
 */
package dev.dovetail.cli.wave;
