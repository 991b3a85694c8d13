/**
 * Runnable embedding examples, each a small program with its component as WAT text: {@link
 * dev.dovetail.examples.HelloWorld} first, then typed records and variants, resources and dynamic
 * calls. Tests run every one.
 */
package dev.dovetail.examples;
