package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/query"
	"github.com/spf13/cobra"
)

var entitiesCmd = &cobra.Command{
	Use:   "entities",
	Short: "Inspect and correct entity identity (find, merge, split)",
	Long: `An entity is named by its key (e.g. "person:tokaev"), or by its name or an
alias, compared case- and accent-insensitively. A name that fits several
entities is refused with the list of their keys.`,
}

var entitiesFindCmd = &cobra.Command{
	Use:   "find NAME",
	Short: "Show the entities a key, name or alias names, and why names joined them",
	Args:  cobra.ExactArgs(1),
	RunE: func(cmd *cobra.Command, args []string) error {
		store, err := openStore(cmd.Context())
		if err != nil {
			return err
		}
		defer store.Close()
		es, err := store.FindEntities(cmd.Context(), args[0])
		if err != nil {
			return err
		}
		if len(es) == 0 {
			// not a key, name or alias: the tolerant look-up of the query
			// commands (spelling variants such as Tokayev for Tokajew), whose
			// not-found error suggests near names
			ref, err := query.New(store).Resolve(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			if es, err = store.FindEntities(cmd.Context(), ref.XID); err != nil {
				return err
			}
			if len(es) == 0 {
				return newsgraph.Errorf(newsgraph.ENOTFOUND, "no entity %q in the graph", args[0])
			}
		}
		for _, e := range es {
			writeEntity(cmd.OutOrStdout(), e)
		}
		return nil
	},
}

var entitiesMergeCmd = &cobra.Command{
	Use:   "merge INTO FROM",
	Short: "Make FROM the same entity as INTO (mentions, facts and aliases move to INTO)",
	Long: `merge corrects a resolver that kept one real-world entity apart: FROM's
mentions, facts, edges and aliases move to INTO, a fact both had becomes one,
and FROM's key is remembered on INTO, so later loads put it there too.
Undo with "entities split INTO FROM-KEY".`,
	Args: cobra.ExactArgs(2),
	RunE: func(cmd *cobra.Command, args []string) error {
		store, err := openStore(cmd.Context())
		if err != nil {
			return err
		}
		defer store.Close()
		res, err := store.MergeEntities(cmd.Context(), args[0], args[1])
		if err != nil {
			return err
		}
		fmt.Fprintf(cmd.OutOrStdout(), "merged %s %q (%s) into %q (%s): %d mentions and %d facts moved, %d facts joined\n",
			res.From.Type(), res.From.Name, res.From.XID, res.Into.Name, res.Into.XID, res.Mentions, res.FactsMoved, res.FactsJoined)
		return nil
	},
}

var entitiesSplitCmd = &cobra.Command{
	Use:   "split ENTITY KEY",
	Short: "Undo a merge: KEY gets its own entity again, and its articles are reloaded",
	Long: `split undoes a merge (by the resolver across articles, or by "entities
merge"): KEY, one of ENTITY's merged keys (see "entities find"), becomes an
entity of its own, and later loads keep the two apart. The articles that
mention ENTITY are extracted and stored again from their stored text, so
their mentions and facts go where they belong, and ENTITY keeps only the
names its remaining articles give it.`,
	Args: cobra.ExactArgs(2),
	RunE: func(cmd *cobra.Command, args []string) error {
		ctx := cmd.Context()
		ex, err := pipeline()
		if err != nil {
			return err
		}
		store, err := openStore(ctx)
		if err != nil {
			return err
		}
		defer store.Close()
		ent, xids, err := store.SplitEntity(ctx, args[0], args[1])
		if err != nil {
			return err
		}
		for _, x := range xids {
			art, err := store.Article(ctx, x)
			if err != nil {
				return err
			}
			if _, err := store.Forget(ctx, x); err != nil {
				return err
			}
			a, err := extractSafely(ex, art)
			if err != nil {
				return err
			}
			if _, err := store.Save(ctx, a); err != nil {
				return err
			}
		}
		fmt.Fprintf(cmd.OutOrStdout(), "split %s from %q (%s); %d articles reloaded\n", args[1], ent.Name, ent.XID, len(xids))
		return nil
	},
}

func writeEntity(w io.Writer, e graph.EntityInfo) {
	fmt.Fprintf(w, "%s %q\n  key      %s\n  mentions %d\n", e.Type(), e.Name, e.XID, e.Mentions)
	if len(e.Aliases) > 0 {
		fmt.Fprintf(w, "  aliases  %s\n", strings.Join(e.Aliases, "; "))
	}
	if len(e.MergedKeys) > 0 {
		fmt.Fprintf(w, "  merged   %s\n", strings.Join(e.MergedKeys, ", "))
	}
	for i, l := range e.MergeLog {
		label := "        "
		if i == 0 {
			label = "why     "
		}
		fmt.Fprintf(w, "  %s %s\n", label, l)
	}
}

func init() {
	entitiesCmd.AddCommand(entitiesFindCmd, entitiesMergeCmd, entitiesSplitCmd)
	rootCmd.AddCommand(entitiesCmd)
}
