package ninjs

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"

	"github.com/gofrs/uuid/v5"
	"github.com/paiban/paiban/convert/doc"
)

// namespace is the UUID v5 namespace of paiban's ninjs identifiers.
var namespace = uuid.NewV5(uuid.NamespaceURL, "https://github.com/paiban/paiban/ninjs")

// uri returns the urn:uuid (version 5) identifying key.
func uri(key string) string {
	return "urn:uuid:" + uuid.NewV5(namespace, key).String()
}

// sourceKey identifies a document: by its source name when it has one
// (the same page converted again, even corrected, keeps its identifiers),
// else ("-" for standard input, or a tree built in Go) by a digest of its
// content.
func sourceKey(d *doc.Document) string {
	if n := d.Source.Name; n != "" && n != "-" {
		return "source:" + n
	}
	h := sha256.New()
	var l [8]byte
	put := func(s string) {
		binary.BigEndian.PutUint64(l[:], uint64(len(s)))
		h.Write(l[:])
		h.Write([]byte(s))
	}
	put(d.Lang)
	d.WalkDocument(func(n *doc.Node) bool {
		put(string(n.Kind))
		put(n.Text)
		return true
	})
	return "content:" + hex.EncodeToString(h.Sum(nil))
}
