package convert

// Default returns a new registry holding paiban's built-in formats:
// newstext, json, txt, pdf and epub. Each call returns a fresh registry
// the caller may extend with Register.
func Default() *Registry {
	return NewRegistry(builtins()...)
}
