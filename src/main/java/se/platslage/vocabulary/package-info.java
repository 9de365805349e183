/**
 * The coded values a measure is described by (status, category, physical type) that other features name too:
 * the list filter narrows places and problems by their measures' codes, and the plan file and the imports
 * write and read them. They live below every feature, so naming them does not make a feature depend on
 * {@code measure}.
 */
package se.platslage.vocabulary;
