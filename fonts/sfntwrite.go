package fonts

import (
	"encoding/binary"
	"sort"
)

// buildSFNT assembles a TrueType file from tables: sorted directory,
// 4-byte-aligned tables, table checksums and head.checkSumAdjustment. The
// output depends only on the input, so subsets are deterministic.
func buildSFNT(tables sfntTables) []byte {
	tags := make([]string, 0, len(tables))
	size := 12 + 16*len(tables)
	for tag, b := range tables {
		tags = append(tags, tag)
		size += (len(b) + 3) &^ 3
	}
	sort.Strings(tags)
	n := len(tags)
	pow := 1
	sel := 0
	for pow*2 <= n {
		pow *= 2
		sel++
	}
	out := make([]byte, 12+16*n, size)
	be := binary.BigEndian
	be.PutUint32(out[0:], 0x00010000)
	be.PutUint16(out[4:], uint16(n))
	be.PutUint16(out[6:], uint16(16*pow))
	be.PutUint16(out[8:], uint16(sel))
	be.PutUint16(out[10:], uint16(16*n-16*pow))
	headAt := -1
	for i, tag := range tags {
		b := tables[tag]
		off := len(out)
		out = append(out, b...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
		if tag == "head" && len(b) >= 12 {
			headAt = off
			be.PutUint32(out[off+8:], 0) // checkSumAdjustment is computed over a zero
		}
		r := 12 + 16*i
		copy(out[r:], tag)
		be.PutUint32(out[r+4:], checksum(out[off:len(out)]))
		be.PutUint32(out[r+8:], uint32(off))
		be.PutUint32(out[r+12:], uint32(len(b)))
	}
	if headAt >= 0 {
		be.PutUint32(out[headAt+8:], 0xB1B0AFBA-checksum(out))
	}
	return out
}

// checksum is the sfnt table checksum: the sum of big-endian uint32s, the
// data zero-padded to a multiple of 4.
func checksum(b []byte) uint32 {
	var s uint32
	for len(b) >= 4 {
		s += binary.BigEndian.Uint32(b)
		b = b[4:]
	}
	if len(b) > 0 {
		var t [4]byte
		copy(t[:], b)
		s += binary.BigEndian.Uint32(t[:])
	}
	return s
}

// cloneTables copies each table so edits (head's checksum) never touch the
// source font's bytes.
func cloneTables(t sfntTables, keep func(tag string) bool) sfntTables {
	out := make(sfntTables, len(t))
	for tag, b := range t {
		if keep(tag) {
			out[tag] = append([]byte(nil), b...)
		}
	}
	return out
}
