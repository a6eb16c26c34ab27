package dgraphtest

import (
	"crypto/rand"
	"testing"
)

// Nonce returns eight random lower-case letters that keep one test's data
// apart from every other test's in the shared test Dgraph. Eight letters,
// because names tagged with two different nonces must not pass for spelling
// variants of each other (same Kölner code, close skeletons): the
// cross-article identity rules would merge them.
func Nonce(t testing.TB) string {
	t.Helper()
	b := make([]byte, 8)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	for i := range b {
		b[i] = 'a' + b[i]%26
	}
	return string(b)
}
