package jsonfmt

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// schemaChecker validates JSON against the subset of JSON Schema 2020-12
// that schema.json uses. A keyword it does not know fails the check, so the
// schema cannot silently say more than this test verifies.
type schemaChecker struct {
	root map[string]any
}

var annotations = map[string]bool{"$schema": true, "$id": true, "title": true, "description": true, "$defs": true}

func (c *schemaChecker) check(s map[string]any, v any, path string) error {
	for k, kv := range s {
		if annotations[k] {
			continue
		}
		if err := c.keyword(k, kv, s, v, path); err != nil {
			return err
		}
	}
	return nil
}

func (c *schemaChecker) keyword(k string, kv any, s map[string]any, v any, path string) error {
	switch k {
	case "$ref":
		ref, _ := kv.(string)
		name, ok := strings.CutPrefix(ref, "#/$defs/")
		defs, _ := c.root["$defs"].(map[string]any)
		sub, found := defs[name].(map[string]any)
		if !ok || !found {
			return fmt.Errorf("schema: unresolvable $ref %q", ref)
		}
		return c.check(sub, v, path)
	case "type":
		if !hasType(v, kv.(string)) {
			return fmt.Errorf("%s: want %s, found %T", path, kv, v)
		}
	case "const":
		if !sameValue(v, kv) {
			return fmt.Errorf("%s: want %v, found %v", path, kv, v)
		}
	case "enum":
		for _, e := range kv.([]any) {
			if sameValue(v, e) {
				return nil
			}
		}
		return fmt.Errorf("%s: %v is not one of %v", path, v, kv)
	case "minimum":
		if n, ok := v.(json.Number); ok {
			f, _ := n.Float64()
			m, _ := kv.(json.Number).Float64()
			if f < m {
				return fmt.Errorf("%s: %v is below the minimum %v", path, v, kv)
			}
		}
	case "required":
		if o, ok := v.(map[string]any); ok {
			for _, r := range kv.([]any) {
				if _, ok := o[r.(string)]; !ok {
					return fmt.Errorf("%s: missing required %q", path, r)
				}
			}
		}
	case "properties":
		if o, ok := v.(map[string]any); ok {
			props := kv.(map[string]any)
			for name, pv := range o {
				if ps, ok := props[name]; ok {
					if err := c.check(ps.(map[string]any), pv, path+"."+name); err != nil {
						return err
					}
				}
			}
		}
	case "additionalProperties":
		if kv != false {
			return fmt.Errorf("schema: additionalProperties supports only false")
		}
		if o, ok := v.(map[string]any); ok {
			props, _ := s["properties"].(map[string]any)
			for name := range o {
				if _, ok := props[name]; !ok {
					return fmt.Errorf("%s: property %q is not allowed", path, name)
				}
			}
		}
	case "minItems":
		if a, ok := v.([]any); ok {
			if m, _ := kv.(json.Number).Int64(); int64(len(a)) < m {
				return fmt.Errorf("%s: fewer than %d items", path, m)
			}
		}
	case "prefixItems":
		if a, ok := v.([]any); ok {
			for i, ps := range kv.([]any) {
				if i < len(a) {
					if err := c.check(ps.(map[string]any), a[i], fmt.Sprintf("%s[%d]", path, i)); err != nil {
						return err
					}
				}
			}
		}
	case "items":
		if a, ok := v.([]any); ok {
			skip := 0
			if p, ok := s["prefixItems"].([]any); ok {
				skip = len(p)
			}
			for i := skip; i < len(a); i++ {
				if err := c.check(kv.(map[string]any), a[i], fmt.Sprintf("%s[%d]", path, i)); err != nil {
					return err
				}
			}
		}
	case "oneOf":
		var matched int
		var errs []string
		for _, alt := range kv.([]any) {
			if err := c.check(alt.(map[string]any), v, path); err != nil {
				errs = append(errs, err.Error())
			} else {
				matched++
			}
		}
		if matched != 1 {
			return fmt.Errorf("%s: matches %d of oneOf, want 1 (%s)", path, matched, strings.Join(errs, "; "))
		}
	case "pattern":
		if str, ok := v.(string); ok {
			re, err := regexp.Compile(kv.(string))
			if err != nil {
				return fmt.Errorf("schema: pattern %q: %v", kv, err)
			}
			if !re.MatchString(str) {
				return fmt.Errorf("%s: %q does not match the pattern", path, str)
			}
		}
	default:
		return fmt.Errorf("schema: keyword %q is not supported by this checker", k)
	}
	return nil
}

func hasType(v any, t string) bool {
	switch t {
	case "object":
		_, ok := v.(map[string]any)
		return ok
	case "array":
		_, ok := v.([]any)
		return ok
	case "string":
		_, ok := v.(string)
		return ok
	case "boolean":
		_, ok := v.(bool)
		return ok
	case "integer":
		n, ok := v.(json.Number)
		if !ok {
			return false
		}
		_, err := n.Int64()
		return err == nil
	}
	return false
}

func sameValue(a, b any) bool {
	if na, ok := a.(json.Number); ok {
		if nb, ok := b.(json.Number); ok {
			return na.String() == nb.String()
		}
	}
	return reflect.DeepEqual(a, b)
}

func decodeAny(t *testing.T, b []byte) any {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		t.Fatal(err)
	}
	return v
}

func loadSchema(t *testing.T) *schemaChecker {
	t.Helper()
	b, err := os.ReadFile("schema.json")
	if err != nil {
		t.Fatal(err)
	}
	root, ok := decodeAny(t, b).(map[string]any)
	if !ok || root["$schema"] != "https://json-schema.org/draft/2020-12/schema" {
		t.Fatal("schema.json is not a draft 2020-12 schema object")
	}
	return &schemaChecker{root: root}
}

// TestGoldenJSONMatchesSchema validates every golden JSON file of this
// package and of samples/ against schema.json.
func TestGoldenJSONMatchesSchema(t *testing.T) {
	c := loadSchema(t)
	files, _ := filepath.Glob(filepath.Join("testdata", "*.json"))
	samples, _ := filepath.Glob(filepath.Join("..", "..", "samples", "golden", "*.json"))
	files = append(files, samples...)
	if len(files) < 2 {
		t.Fatalf("found only %d golden files", len(files))
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := c.check(c.root, decodeAny(t, b), "$"); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
	t.Logf("%d files checked (%d samples)", len(files), len(samples))
}

// TestSchemaRejects makes sure the schema and checker can fail: each input
// breaks one rule of the format.
func TestSchemaRejects(t *testing.T) {
	c := loadSchema(t)
	const art = `{"type":"document","version":1,"children":[{"type":"article","children":[%s]}]}`
	tests := map[string]string{
		"wrong version":       `{"type":"document","version":2}`,
		"unknown top field":   `{"type":"document","version":1,"title":"x"}`,
		"missing version":     `{"type":"document"}`,
		"unknown type":        fmt.Sprintf(art, `{"type":"pargraph","text":"x"}`),
		"text on section":     fmt.Sprintf(art, `{"type":"section","text":"x","children":[{"type":"heading"}]}`),
		"children on text":    fmt.Sprintf(art, `{"type":"paragraph","children":[]}`),
		"section no heading":  fmt.Sprintf(art, `{"type":"section","children":[{"type":"paragraph"}]}`),
		"empty section":       fmt.Sprintf(art, `{"type":"section","children":[]}`),
		"org on paragraph":    fmt.Sprintf(art, `{"type":"paragraph","org":"x"}`),
		"line zero":           fmt.Sprintf(art, `{"type":"paragraph","line":0}`),
		"line fraction":       fmt.Sprintf(art, `{"type":"paragraph","line":1.5}`),
		"names not strings":   fmt.Sprintf(art, `{"type":"byline","names":[1]}`),
		"bad severity":        `{"type":"document","version":1,"diagnostics":[{"severity":"info"}]}`,
		"paragraph at top":    `{"type":"document","version":1,"children":[{"type":"paragraph"}]}`,
		"line break in text":  fmt.Sprintf(art, `{"type":"paragraph","text":"a\nb"}`),
		"blank line in verse": fmt.Sprintf(art, `{"type":"verse","text":"a\n\nb"}`),
		"verse ends in LF":    fmt.Sprintf(art, `{"type":"verse","text":"a\nb\n"}`),
		"CR in verse":         fmt.Sprintf(art, `{"type":"verse","text":"a\r\nb"}`),
		"LF in a caption":     fmt.Sprintf(art, `{"type":"caption","text":"a\nb"}`),
		"NUL in text":         fmt.Sprintf(art, `{"type":"paragraph","text":"a\u0000b"}`),
		"ESC in a name":       fmt.Sprintf(art, `{"type":"byline","names":["a\u001bb"]}`),
		"U+2028 in a place":   fmt.Sprintf(art, `{"type":"dateline","place":"a\u2028b"}`),
		"C1 in org":           fmt.Sprintf(art, `{"type":"byline","org":"a\u0085b"}`),
	}
	for name, in := range tests {
		if err := c.check(c.root, decodeAny(t, []byte(in)), "$"); err == nil {
			t.Errorf("%s: schema accepted %s", name, in)
		}
	}
}
