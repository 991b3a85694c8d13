/**
 * WIT text from the model: {@link dev.dovetail.wit.print.WitPrinter} prints one package, or all
 * packages of a resolve (the main one at the top level, the others nested), such that parsing the
 * text gives an equal model.
 */
package dev.dovetail.wit.print;
