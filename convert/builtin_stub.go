//go:build paiban_nobuiltin

package convert

// builtins is empty under the paiban_nobuiltin tag, which builds the
// convert package and its users without the format packages: for
// working on the CLI while a writer does not compile.
func builtins() []Codec { return nil }
