package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/newsgraph/newsgraph/config"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/server"
	"github.com/spf13/cobra"
)

var serveCmd = &cobra.Command{
	Use:   "serve",
	Short: "Run the HTTP service: post articles, query entities and relations",
	Long: `serve runs newsgraph's HTTP service (default 127.0.0.1:8765, serve.addr).

  POST   /v1/articles              an article: text/plain (any input format),
                                   application/json {"text","title","source","url","date"},
                                   or a batch: a JSON array or application/x-ndjson;
                                   ?name=FILE names the article's file
  GET    /v1/articles/{xid}        a stored article
  DELETE /v1/articles/{xid}        forget an article (as newsgraph forget)
  GET    /v1/entities?q=NAME       find entities by name, alias or spelling variant
                                   (&limit=N, 1..100, default 20)
  GET    /v1/entities/{xid}        an entity's profile (as newsgraph query actor)
  GET    /v1/relations?type=T&from=X&to=Y
  GET    /healthz, /readyz, /metrics (Prometheus text format)

Listening on an address other than loopback requires serve.token (set it in
the config file or NEWSGRAPH_SERVE_TOKEN, not on the command line); requests
must then send "Authorization: Bearer TOKEN". Bodies above
serve.max_body_bytes get 413. The graph work of one request (a query,
storing one article, a forget) is bounded by serve.timeout (15s); past it, or
while Dgraph is unreachable, requests get 503 with Retry-After
(serve.retry_after, 5s); storing is idempotent, so clients simply resend.
GET /v1/entities?q= is tolerant: case, accents, spelling variants
(tokayev, Tojakow for Tokajew), words of a name and prefixes; each result
says how it matched and with what score.
SIGINT or SIGTERM stops the service after the requests in flight finish.`,
	Args: cobra.NoArgs,
	RunE: func(cmd *cobra.Command, args []string) error {
		ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
		defer stop()
		if err := server.CheckBind(cfg.ServeAddr, cfg.ServeToken); err != nil {
			return err // before starting anything
		}
		ex, err := pipeline()
		if err != nil {
			return err
		}
		store, err := openServeStore(ctx)
		if err != nil {
			return err
		}
		defer store.Close()
		queries, err := serveQueries(store)
		if err != nil {
			return err
		}
		srv, err := server.New(store, queries, ex, server.Options{
			Addr:         cfg.ServeAddr,
			Token:        cfg.ServeToken,
			MaxBodyBytes: cfg.ServeMaxBody,
			Timeout:      cfg.ServeTimeout,
			RetryAfter:   cfg.ServeRetryAfter,
			Concurrency:  cfg.LoadConcurrency,
			Logger:       logger,
		})
		if err != nil {
			return err
		}
		return srv.ListenAndServe(ctx)
	},
}

func init() {
	f := serveCmd.Flags()
	f.String("addr", "127.0.0.1:8765", "listen address (host:port); non-loopback needs serve.token")
	f.Int64("max-body-bytes", 10<<20, "largest request body accepted")
	f.String("timeout", "15s", "bound on the graph work of one request (duration or seconds); past it: 503")
	f.String("retry-after", "5s", "Retry-After of a 503 answer (duration or seconds)")
	bindFlag(settings, serveCmd, config.KeyServeAddr, "addr")
	bindFlag(settings, serveCmd, config.KeyServeMaxBody, "max-body-bytes")
	bindFlag(settings, serveCmd, config.KeyServeTimeout, "timeout")
	bindFlag(settings, serveCmd, config.KeyServeRetryAfter, "retry-after")
	rootCmd.AddCommand(serveCmd)
}

// openServeStore connects to the alpha (starting the managed local Dgraph
// if needed, as load does) and applies the schema.
func openServeStore(ctx context.Context) (*graph.Store, error) {
	store, err := openStore(ctx)
	if err != nil {
		return nil, err
	}
	if err := store.ApplySchema(ctx); err != nil {
		store.Close()
		return nil, err
	}
	return store, nil
}

// serveQueries builds the read side of the service.
func serveQueries(store *graph.Store) (server.Queries, error) {
	return server.NewGraphQueries(store), nil
}
