//! The layers grouped into the model's modules, so that the declaration's
//! tensor keys are torch's `state_dict` keys.
//!
//! Where the graph names a layer's parameters by their `state_dict` keys
//! (`layer1.0.conv1.weight`: a preserve export's initializers, the
//! default exporter's), the layer's path is the key less the tensor's
//! own name (`layer1.0.conv1`). The language keys a tensor by the path of
//! named statements down to its layer (README, "Loading PyTorch
//! weights"): a named sequence `layer1: { 0: { ... conv1: conv ...; } }`
//! is a component, an unnamed `add`, `concat`, `mul`, `split` or
//! `residual` adds none. So consecutive statements whose paths share a
//! first component become a named sequence of it, recursively; a block
//! whose branches span several modules stays unnamed, its branches
//! grouped in the scope around it. Statements of no path (activations,
//! pools) stay in the module around them.
//!
//! A grouping can fail: a module whose statements are not consecutive
//! (a name given twice in one scope), or whose own layer also has
//! children. Then [`nest`] gives `None`, and the caller keeps the flat
//! names (`layer1_0_conv1`); it also checks the keys the language gives
//! against the graph's names, and keeps the flat ones if any differs.

use std::collections::HashSet;

use crate::stmt::Stmt;

/// `stmts` with their layers grouped into named sequences by their
/// paths, each layer named by its path's last component; `None` if the
/// paths do not nest as the statements do.
pub fn nest(stmts: &[Stmt]) -> Option<Vec<Stmt>> {
    group(stmts, 0, &mut HashSet::new())
}

/// The `state_dict` key the graph gives the first tensor of each layer
/// that has a path (`None` for every other tensor), in the order of
/// `weights::sources` (statements in order, each layer's tensors in
/// order): what the declaration's keys must be.
pub fn graph_keys(stmts: &[Stmt], out: &mut Vec<Option<String>>) {
    for stmt in stmts {
        match stmt {
            Stmt::Layer { origin, .. } => match &origin.path {
                // The first tensor's name gave the path; the others may be
                // the exporter's (a folded conv's bias, `conv1.weight_bias`).
                Some((_, keys)) => out.extend(
                    keys.iter()
                        .enumerate()
                        .map(|(i, k)| (i == 0).then(|| k.clone())),
                ),
                None => out.extend(origin.tensors.iter().map(|_| None)),
            },
            Stmt::Block(_, branches) => branches.iter().for_each(|b| graph_keys(b, out)),
            Stmt::Residual(body) | Stmt::Repeat(_, body) | Stmt::Module(_, body) => {
                graph_keys(body, out)
            }
            Stmt::Named(_, block) => graph_keys(std::slice::from_ref(block), out),
            Stmt::Slice { .. } | Stmt::From(_) => {}
        }
    }
}

/// What places `stmt` among a scope's components: a layer's path (its
/// last component the layer's own name); for a block, the module every
/// layer of it that has a path is in (the longest prefix their modules
/// share, so a block of one such layer is not named for that layer).
/// `None` if no layer of it has a path.
fn prefix(stmt: &Stmt) -> Option<Vec<String>> {
    let common = |stmts: &mut dyn Iterator<Item = &Stmt>| {
        stmts.filter_map(module).reduce(|a, b| {
            let same = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
            a[..same].to_vec()
        })
    };
    match stmt {
        Stmt::Layer { origin, .. } => origin.path.as_ref().map(|(path, _)| path.clone()),
        Stmt::Block(_, branches) => common(&mut branches.iter().flatten()),
        Stmt::Residual(body) | Stmt::Repeat(_, body) | Stmt::Module(_, body) => {
            common(&mut body.iter())
        }
        Stmt::Named(_, block) => prefix(block),
        Stmt::Slice { .. } | Stmt::From(_) => None,
    }
}

/// The module `stmt` is in: a layer's path less its own name, a block's
/// [`prefix`].
fn module(stmt: &Stmt) -> Option<Vec<String>> {
    match stmt {
        Stmt::Layer { .. } => prefix(stmt).map(|mut p| {
            p.pop();
            p
        }),
        _ => prefix(stmt),
    }
}

/// The statements of one scope, `depth` components down, grouped; `seen`
/// the names the scope has given (an unnamed block's branches share it).
fn group(stmts: &[Stmt], depth: usize, seen: &mut HashSet<String>) -> Option<Vec<Stmt>> {
    // Each statement's component in this scope, if it has one.
    let mut keys: Vec<Option<String>> = stmts
        .iter()
        .map(|stmt| prefix(stmt).and_then(|p| p.get(depth).cloned()))
        .collect();
    // A statement of no path goes with the module around it: the one
    // before, if the next statement with a path is in it too.
    for at in 0..keys.len() {
        if keys[at].is_some() || prefix(&stmts[at]).is_some() {
            continue;
        }
        let before = keys[..at].iter().rev().find_map(Clone::clone);
        let after = keys[at + 1..].iter().find_map(Clone::clone);
        if before.is_some() && before == after {
            keys[at] = before;
        }
    }
    let mut out = Vec::new();
    let mut at = 0;
    while at < stmts.len() {
        let Some(key) = keys[at].clone() else {
            out.push(unnamed(&stmts[at], depth, seen)?);
            at += 1;
            continue;
        };
        let end = (at..stmts.len())
            .find(|&i| keys[i].as_ref() != Some(&key))
            .unwrap_or(stmts.len());
        if !seen.insert(key.to_uppercase()) {
            return None;
        }
        let run = &stmts[at..end];
        let own = |stmt: &Stmt| prefix(stmt).is_some_and(|p| p.len() == depth + 1);
        match run {
            [Stmt::Layer { text, origin, .. }] if own(&run[0]) => out.push(Stmt::Layer {
                name: Some(key),
                text: text.clone(),
                origin: origin.clone(),
            }),
            _ if run
                .iter()
                .any(|stmt| own(stmt) && matches!(stmt, Stmt::Layer { .. })) =>
            {
                return None
            }
            _ => out.push(Stmt::Module(
                key,
                group(run, depth + 1, &mut HashSet::new())?,
            )),
        }
        at = end;
    }
    Some(out)
}

/// A statement that is no component of this scope: a layer left unnamed,
/// or a block whose branches are grouped in this scope.
fn unnamed(stmt: &Stmt, depth: usize, seen: &mut HashSet<String>) -> Option<Stmt> {
    Some(match stmt {
        Stmt::Layer { text, origin, .. } => Stmt::Layer {
            name: None,
            text: text.clone(),
            origin: origin.clone(),
        },
        Stmt::Block(kind, branches) => Stmt::Block(
            kind,
            branches
                .iter()
                .map(|b| group(b, depth, seen))
                .collect::<Option<_>>()?,
        ),
        Stmt::Residual(body) => Stmt::Residual(group(body, depth, seen)?),
        // A repeat's rounds are components of their own; the importer
        // folds only unnamed runs, so its body has no path.
        Stmt::Repeat(..)
        | Stmt::Module(..)
        | Stmt::Slice { .. }
        | Stmt::From(_)
        | Stmt::Named(..) => stmt.clone(),
    })
}
