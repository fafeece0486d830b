package epub

import (
	"crypto/sha256"
	"encoding/binary"
	"hash"

	"github.com/gofrs/uuid/v5"
	"github.com/paiban/paiban/convert/doc"
)

// namespace is the UUID v5 namespace of paiban book identifiers.
var namespace = uuid.NewV5(uuid.NamespaceURL, "https://github.com/paiban/paiban/epub")

// contentHash digests everything that makes up a book's text: the title,
// the languages and every node with its attributes. Two inputs with the
// same hash are the same publication.
func contentHash(title string, docs []*doc.Document) [32]byte {
	h := sha256.New()
	put(h, title)
	for _, d := range docs {
		put(h, "document", d.Lang)
		for _, a := range d.Articles {
			doc.Walk(a, func(n *doc.Node) bool {
				put(h, string(n.Kind), n.Text, n.Org, n.Place, n.Date)
				put(h, n.Roles...)
				put(h, n.Names...)
				put(h, "end")
				return true
			})
		}
	}
	var sum [32]byte
	h.Sum(sum[:0])
	return sum
}

// put writes each string length-prefixed, so that field boundaries cannot
// be confused.
func put(h hash.Hash, ss ...string) {
	var n [8]byte
	for _, s := range ss {
		binary.BigEndian.PutUint64(n[:], uint64(len(s)))
		h.Write(n[:])
		h.Write([]byte(s))
	}
}

// identifier returns the book's stable urn:uuid (version 5) for a content
// hash.
func identifier(sum [32]byte) string {
	return "urn:uuid:" + uuid.NewV5(namespace, string(sum[:])).String()
}
