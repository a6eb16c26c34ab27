package graph

import (
	"context"
	"crypto/rand"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/internal/dgraphtest"
)

// The tests share one Dgraph with other packages' tests running at the same
// time: they never drop data and never assume an empty graph. Each test
// keys its data with a nonce (see scope) and counts only the subgraph of
// its own articles (SubgraphCounts).
func TestMain(m *testing.M) { dgraphtest.Main(m) }

var schemaOnce struct {
	sync.Once
	err error
}

// open returns a Store on the test Dgraph with the schema applied.
func open(t testing.TB) *Store {
	t.Helper()
	ctx := context.Background()
	s, err := Open(ctx, dgraphtest.AlphaAddr())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	schemaOnce.Do(func() { schemaOnce.err = s.ApplySchema(ctx) })
	if schemaOnce.err != nil {
		t.Fatal(schemaOnce.err)
	}
	return s
}

// nonce is a random tag of letters that keeps one test's data apart from
// all others. Eight letters: names tagged with two nonces must not pass
// for spelling variants of each other (same Kölner code, close skeletons).
func nonce(t testing.TB) string {
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
