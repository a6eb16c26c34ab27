package graph

import (
	"context"
	"fmt"
	"os"
	"testing"
)

// testAlpha is the gRPC address of the test Dgraph.
var testAlpha string

func TestMain(m *testing.M) {
	testAlpha = os.Getenv("NEWSGRAPH_GRAPH_PRIVATE_ALPHA")
	if testAlpha == "" {
		fmt.Fprintln(os.Stderr, "graph tests need a Dgraph: set NEWSGRAPH_GRAPH_PRIVATE_ALPHA (a Dgraph these tests may wipe)")
		os.Exit(1)
	}
	os.Exit(m.Run())
}

// openEmpty returns a Store on an empty graph with the schema applied.
func openEmpty(t *testing.T) *Store {
	t.Helper()
	ctx := context.Background()
	s, err := Open(ctx, testAlpha)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := s.DropAll(ctx); err != nil {
		t.Fatal(err)
	}
	if err := s.ApplySchema(ctx); err != nil {
		t.Fatal(err)
	}
	return s
}
