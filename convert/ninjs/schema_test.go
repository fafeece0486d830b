package ninjs_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/paiban/paiban/convert/ninjs"
	"github.com/paiban/paiban/internal/testdoc"
	"github.com/paiban/paiban/internal/testtool"
)

// geoJSON is the schema the ninjs schema refers to for a place's geometry.
// paiban writes no geometry, and tests fetch nothing, so any value passes.
const geoJSON = "https://geojson.org/schema/GeoJSON.json"

// stubLoader serves the GeoJSON reference and refuses everything else.
type stubLoader struct{}

func (stubLoader) Load(url string) (any, error) {
	if strings.TrimSuffix(url, "#") == geoJSON {
		return map[string]any{}, nil
	}
	return nil, os.ErrNotExist
}

// schema compiles IPTC's published ninjs 3.2 schema once, asserting
// formats (uri, date-time) too.
var schema = sync.OnceValues(func() (*jsonschema.Schema, error) {
	f, err := os.Open(filepath.Join("testdata", "ninjs-schema_3.2.json"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	v, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		return nil, err
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	c.UseLoader(stubLoader{})
	if err := c.AddResource(ninjs.Schema, v); err != nil {
		return nil, err
	}
	return c.Compile(ninjs.Schema)
})

// validate checks one ninjs object against the schema.
func validate(t *testing.T, name string, data []byte) {
	t.Helper()
	sch, err := schema()
	if err != nil {
		t.Fatal(err)
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("%s: not JSON: %v", name, err)
	}
	if err := sch.Validate(v); err != nil {
		t.Errorf("%s: not valid ninjs 3.2: %v", name, err)
	}
}

// inputs are the samples and, when present, the seed page.
func inputs(t *testing.T) []string {
	in := testtool.Samples(t)
	seed := filepath.Join(testtool.RepoRoot(), "..", "shared", "seed", "frontpage.txt")
	if _, err := os.Stat(seed); err == nil {
		in = append(in, seed)
	}
	return in
}

// TestSchema validates the package of every sample and of the seed, and
// each of their JSON Lines items, against IPTC's schema.
func TestSchema(t *testing.T) {
	for _, in := range inputs(t) {
		d := testdoc.Read(t, in)
		name := filepath.Base(in)
		w := ninjs.New()
		var page bytes.Buffer
		if err := w.Write(context.Background(), &page, d); err != nil {
			t.Fatal(err)
		}
		validate(t, name, page.Bytes())
		var lines bytes.Buffer
		if err := w.WriteLines(context.Background(), &lines, d); err != nil {
			t.Fatal(err)
		}
		n := 0
		sc := bufio.NewScanner(&lines)
		sc.Buffer(nil, 1<<24)
		for sc.Scan() {
			n++
			validate(t, name+" line", sc.Bytes())
		}
		if n != len(d.Articles) {
			t.Errorf("%s: %d lines for %d articles", name, n, len(d.Articles))
		}
	}
}

// TestSchemaRefuses makes sure the validator bites: a property ninjs does
// not define, or a uri that is not one, is refused.
func TestSchemaRefuses(t *testing.T) {
	d := testdoc.Read(t, filepath.Join(testtool.RepoRoot(), "samples", "metro-line4.txt"))
	items, err := ninjs.New().Items(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	good, _ := json.Marshal(items[0])
	sch, err := schema()
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{
		strings.Replace(string(good), `"by":`, `"bylines":`, 1),
		strings.Replace(string(good), `"uri":"urn:uuid:`, `"uri":"not a uri `, 1),
		strings.Replace(string(good), `"versionCreated":"`, `"versionCreated":"yesterday `, 1),
	} {
		v, err := jsonschema.UnmarshalJSON(strings.NewReader(bad))
		if err != nil {
			t.Fatal(err)
		}
		if sch.Validate(v) == nil {
			t.Errorf("accepted: %.120s", bad)
		}
	}
}

// TestGolden compares a sample's ninjs with the golden file the README
// quotes (go test -update rewrites it).
func TestGolden(t *testing.T) {
	d := testdoc.Read(t, filepath.Join(testtool.RepoRoot(), "samples", "metro-line4.txt"))
	var buf bytes.Buffer
	if err := ninjs.New(ninjs.WithDate(date)).Write(context.Background(), &buf, d); err != nil {
		t.Fatal(err)
	}
	testtool.Golden(t, filepath.Join("testdata", "metro-line4.ninjs.json"), buf.Bytes(), *testtool.Update)
}
