package graph

import (
	"context"
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
