package graph

import (
	"context"
	"errors"
	"math/rand/v2"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dgraph-io/dgo/v230"
	"github.com/dgraph-io/dgo/v230/protos/api"
	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/schema"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"
)

// Store is newsgraph's graph in one Dgraph cluster. It is safe for
// concurrent use; several Stores (processes) may write the same graph.
type Store struct {
	addr string
	conn *grpc.ClientConn
	dg   *dgo.Dgraph
	// MaxAttempts bounds the retries of one write on transaction conflicts
	// and on an unavailable alpha.
	MaxAttempts int
	retries     atomic.Int64
	schemaOnce  sync.Once
	schemaErr   error
}

// ensureSchema applies the schema once per Store: the user's corrections
// (merge, split) may be the first write of a new version on an older
// graph, before any load applied the predicates they need.
func (s *Store) ensureSchema(ctx context.Context) error {
	s.schemaOnce.Do(func() { s.schemaErr = s.ApplySchema(ctx) })
	return s.schemaErr
}

// Retries returns how many operations this Store has rerun after a
// transaction conflict or an unavailable alpha.
func (s *Store) Retries() int64 { return s.retries.Load() }

// DialTimeout is how long Open waits for the alpha to answer.
var DialTimeout = 3 * time.Second

// Open connects to the alpha's gRPC address and checks that it answers. An
// alpha that does not answer within DialTimeout is an EUNAVAILABLE error
// naming the address.
func Open(ctx context.Context, addr string) (*Store, error) {
	conn, err := grpc.DialContext(ctx, addr,
		grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithDefaultCallOptions(grpc.MaxCallRecvMsgSize(256<<20), grpc.MaxCallSendMsgSize(256<<20)))
	if err != nil {
		return nil, newsgraph.Wrap(newsgraph.EINVALID, err, "dgraph alpha address %q", addr)
	}
	s := &Store{addr: addr, conn: conn, dg: dgo.NewDgraphClient(api.NewDgraphClient(conn)), MaxAttempts: 40}
	if err := s.Ping(ctx); err != nil {
		conn.Close()
		return nil, err
	}
	return s, nil
}

// Ping checks that the alpha answers within DialTimeout.
func (s *Store) Ping(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, DialTimeout)
	defer cancel()
	_, err := api.NewDgraphClient(s.conn).CheckVersion(ctx, &api.Check{})
	if err != nil {
		return newsgraph.Wrap(newsgraph.EUNAVAILABLE, err, "dgraph alpha at %s does not answer", s.addr)
	}
	return nil
}

// Addr returns the alpha's gRPC address.
func (s *Store) Addr() string { return s.addr }

// Close closes the connection.
func (s *Store) Close() error { return s.conn.Close() }

// ApplySchema applies the embedded schema. It is idempotent, and retried
// while Dgraph is still building an index from an earlier change.
func (s *Store) ApplySchema(ctx context.Context) error {
	return s.retry(ctx, "applying the schema", func(ctx context.Context) error {
		return s.dg.Alter(ctx, &api.Operation{Schema: schema.DQL()})
	})
}

// DropAll deletes all data and the schema. For tests.
func (s *Store) DropAll(ctx context.Context) error {
	return s.retry(ctx, "dropping all data", func(ctx context.Context) error {
		return s.dg.Alter(ctx, &api.Operation{DropAll: true})
	})
}

// Query runs a read-only DQL query with variables ($name, declared in the
// query) and returns the JSON response. User text must reach a query only
// through vars.
func (s *Store) Query(ctx context.Context, q string, vars map[string]string) ([]byte, error) {
	var out []byte
	err := s.retry(ctx, "querying", func(ctx context.Context) error {
		resp, err := s.dg.NewReadOnlyTxn().QueryWithVars(ctx, q, vars)
		if err != nil {
			return err
		}
		out = resp.Json
		return nil
	})
	return out, err
}

// retryable reports whether an operation that failed with err may succeed
// when run again from the start in a new transaction.
func retryable(err error) bool {
	if errors.Is(err, dgo.ErrAborted) {
		return true
	}
	switch status.Code(err) {
	case codes.Unavailable, codes.Aborted:
		return true
	}
	// Alter during a background index build: "errIndexingInProgress. Please retry".
	msg := err.Error()
	return strings.Contains(msg, "Please retry") || strings.Contains(msg, "errIndexingInProgress")
}

// retry runs op until it succeeds, fails for good, or MaxAttempts is
// reached, with jittered exponential backoff. op must start a fresh
// transaction each time.
func (s *Store) retry(ctx context.Context, what string, op func(context.Context) error) error {
	delay := 20 * time.Millisecond
	attempts := s.MaxAttempts
	if attempts < 1 {
		attempts = 1
	}
	var err error
	for i := 0; i < attempts; i++ {
		err = op(ctx)
		if err == nil || !retryable(err) || ctx.Err() != nil {
			break
		}
		s.retries.Add(1)
		sleep := delay/2 + rand.N(delay)
		select {
		case <-ctx.Done():
			return s.wrap(ctx.Err(), what)
		case <-time.After(sleep):
		}
		if delay < 2*time.Second {
			delay *= 2
		}
	}
	return s.wrap(err, what)
}

// wrap turns a Dgraph error into an application error.
func (s *Store) wrap(err error, what string) error {
	if err == nil {
		return nil
	}
	var appErr *newsgraph.Error
	if errors.As(err, &appErr) {
		return err
	}
	switch {
	case errors.Is(err, dgo.ErrAborted):
		return newsgraph.Wrap(newsgraph.ECONFLICT, err, "%s: conflicting concurrent writes did not settle", what)
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
		return newsgraph.Wrap(newsgraph.EUNAVAILABLE, err, "%s: dgraph alpha at %s", what, s.addr)
	}
	switch status.Code(err) {
	case codes.Unavailable, codes.DeadlineExceeded:
		return newsgraph.Wrap(newsgraph.EUNAVAILABLE, err, "%s: dgraph alpha at %s does not answer", what, s.addr)
	case codes.Unknown, codes.InvalidArgument:
		if st, ok := status.FromError(err); ok {
			return newsgraph.Errorf(newsgraph.EINVALID, "%s: %s", what, st.Message())
		}
	}
	return newsgraph.Wrap(newsgraph.EINTERNAL, err, "%s", what)
}
