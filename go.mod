module github.com/paiban/paiban

go 1.26.0

require (
	codeberg.org/go-pdf/fpdf v0.12.0
	github.com/go-shiori/go-epub v1.2.1
	github.com/gofrs/uuid/v5 v5.0.0
	github.com/klauspost/compress v1.18.0
	github.com/rivo/uniseg v0.4.7
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.2
	github.com/urfave/cli/v3 v3.6.1
	golang.org/x/net v0.63.0
	golang.org/x/sys v0.50.0
	golang.org/x/term v0.48.0
	golang.org/x/text v0.44.0
)

// go-epub v1.2.1 without its network code (net/http, mimetype, dataurl),
// whose package initialisation every run paid for: third_party/go-epub/PAIBAN.md.
replace github.com/go-shiori/go-epub => ./third_party/go-epub
