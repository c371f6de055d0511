/** Tests that keep the documentation, the JSON Schema and the examples true to the tool. */
package nl.klantarena.docs;
