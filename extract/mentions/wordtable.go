package mentions

import (
	"hash/maphash"
	"strings"
)

// wordTable is a read-only set of strings, each with one flag bit, built
// once from the word lists. It replaces a Go map of about 480,000 entries
// that was the finder's hottest data structure: a map look-up there costs
// two to three cache misses (control word, slot, key bytes behind a
// pointer); here a miss costs one (an 8-byte slot with a hash tag) and a hit
// two (slot, then the key bytes in one shared blob).
type wordTable struct {
	blob  string   // every key, concatenated
	slots []uint64 // 0: empty; else offset<<32 | length<<16 | tag<<1 | flag
	mask  uint64
	seed  maphash.Seed
	empty int8 // the empty string: -1 absent, else its flag (0 or 1)
	// filter, for tables asked mostly about absent words (the given-name
	// lists, asked of every capitalised token): one bit per key's hash, 8
	// bits per key, small enough to stay in cache; a clear bit answers
	// "absent" without touching the slots. nil: no filter.
	filter []uint64
	fmask  uint64
}

// filterShift picks the hash bits of the filter, apart from the slot
// index (low bits) and the tag (high bits).
const filterShift = 20

const (
	maxTableKey = 1<<16 - 1 // key length must fit 16 bits
	tagBits     = 15
)

// newWordTable builds the table from m (key → flag). Keys longer than
// maxTableKey bytes cannot be stored: it panics, as the lists are embedded.
func newWordTable(m map[string]bool, withFilter bool) *wordTable {
	t := &wordTable{seed: maphash.MakeSeed(), empty: -1}
	if withFilter {
		bits := 64
		for bits < 8*len(m) {
			bits <<= 1
		}
		t.filter, t.fmask = make([]uint64, bits/64), uint64(bits-1)
	}
	size := 1
	for size < 2*len(m) { // load factor at most one half: short probe runs
		size <<= 1
	}
	t.slots = make([]uint64, size)
	t.mask = uint64(size - 1)
	var b strings.Builder
	n := 0
	for k := range m {
		n += len(k)
	}
	b.Grow(n)
	type pending struct {
		off  int
		key  string
		flag bool
	}
	keys := make([]pending, 0, len(m))
	for k, flag := range m {
		if k == "" {
			t.empty = 0
			if flag {
				t.empty = 1
			}
			continue
		}
		if len(k) > maxTableKey {
			panic("mentions: word list entry too long: " + k[:40])
		}
		keys = append(keys, pending{off: b.Len(), key: k, flag: flag})
		b.WriteString(k)
	}
	t.blob = b.String()
	if uint64(len(t.blob)) >= 1<<32 {
		panic("mentions: word lists too large")
	}
	for _, p := range keys {
		h := maphash.String(t.seed, p.key)
		if t.filter != nil {
			b := h >> filterShift & t.fmask
			t.filter[b>>6] |= 1 << (b & 63)
		}
		slot := uint64(p.off)<<32 | uint64(len(p.key))<<16 | (h>>(64-tagBits))<<1
		if p.flag {
			slot |= 1
		}
		for i := h & t.mask; ; i = (i + 1) & t.mask {
			if t.slots[i] == 0 {
				t.slots[i] = slot
				break
			}
		}
	}
	return t
}

// tableOf builds a filtered table of the keys of m, all with flag false.
func tableOf(m map[string]struct{}) *wordTable {
	b := make(map[string]bool, len(m))
	for k := range m {
		b[k] = false
	}
	return newWordTable(b, true)
}

// get returns the flag of s and whether s is in the table.
func (t *wordTable) get(s string) (flag, ok bool) {
	if s == "" {
		return t.empty == 1, t.empty >= 0
	}
	h := maphash.String(t.seed, s)
	if t.filter != nil {
		if b := h >> filterShift & t.fmask; t.filter[b>>6]&(1<<(b&63)) == 0 {
			return false, false
		}
	}
	want := uint64(len(s))<<16 | (h>>(64-tagBits))<<1 // length and tag
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		slot := t.slots[i]
		if slot == 0 {
			return false, false
		}
		if slot&0xfffffffe == want {
			off := slot >> 32
			if t.blob[off:off+uint64(len(s))] == s {
				return slot&1 == 1, true
			}
		}
	}
}
