package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/dgraph-io/dgo/v230"
)

// maxBlocks bounds the blocks of one query, so that a huge article (a book,
// thousands of entities) reads in several queries instead of one that the
// alpha chokes on.
var maxBlocks = 400

// batchQuery collects named query blocks, each with its own string
// variables, and runs them in as few queries as maxBlocks allows.
type batchQuery struct {
	blocks []string
	vars   [][]string // per block: the values of its variables, in order
}

// add appends a block. format holds one %s per value: there the block's
// variable for that value goes ($v…), so values never enter the text.
func (b *batchQuery) add(format string, values ...string) {
	b.blocks = append(b.blocks, format)
	b.vars = append(b.vars, values)
}

// run executes the blocks in txn and returns every block's nodes by block
// name.
func (b *batchQuery) run(ctx context.Context, txn *dgo.Txn) (map[string][]known, error) {
	out := map[string][]known{}
	for start := 0; start < len(b.blocks); start += maxBlocks {
		end := min(start+maxBlocks, len(b.blocks))
		var decl, body strings.Builder
		vars := map[string]string{}
		for i := start; i < end; i++ {
			names := make([]any, len(b.vars[i]))
			for j, v := range b.vars[i] {
				name := fmt.Sprintf("$v%d", len(vars))
				vars[name] = v
				if decl.Len() > 0 {
					decl.WriteString(", ")
				}
				decl.WriteString(name + ": string")
				names[j] = name
			}
			fmt.Fprintf(&body, b.blocks[i], names...)
			body.WriteByte('\n')
		}
		q := "{\n" + body.String() + "}"
		if decl.Len() > 0 {
			q = "query q(" + decl.String() + ") " + q
		}
		resp, err := txn.QueryWithVars(ctx, q, vars)
		if err != nil {
			return nil, err
		}
		var raw map[string][]known
		if err := json.Unmarshal(resp.Json, &raw); err != nil {
			return nil, err
		}
		for k, v := range raw {
			out[k] = v
		}
	}
	return out, nil
}
