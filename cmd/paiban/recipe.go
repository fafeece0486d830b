package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"reflect"
	"strings"

	"github.com/paiban/paiban/convert"
)

// recipe is what makes an input's outputs besides the input itself:
// paiban's version and every option that changes them, hashed. Outputs
// record it, and --skip-unchanged converts again an input whose outputs
// were made otherwise (--width 40 after --width 72, another --date, a
// newer paiban).
func recipe(o convert.Options) string {
	// Not part of it: the input's name (the input is compared by time),
	// the size limit, which makes no output different, and hooks.
	o.Name, o.MaxSize, o.With, o.Warn = "", 0, nil, nil
	var b strings.Builder
	b.WriteString(versionString())
	v := reflect.ValueOf(o)
	for i := range v.NumField() {
		f := v.Type().Field(i)
		if !f.IsExported() || f.Type.Kind() == reflect.Func {
			continue
		}
		fmt.Fprintf(&b, "\n%s=%v", f.Name, v.Field(i).Interface())
	}
	sum := sha256.Sum256([]byte(b.String()))
	return hex.EncodeToString(sum[:16])
}
