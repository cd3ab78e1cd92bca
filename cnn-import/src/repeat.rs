//! Runs of equal statements, or of equal sequences of them, folded into
//! `repeat N { ... }`, as a person would write a network's stages.

use crate::stmt::Stmt;

/// Folds runs of equal statements, or of equal sequences of them, into
/// `repeat N { ... }`. Only statements that hold no layer name fold: a
/// name belongs to one layer of the graph, and a repeated body would give
/// it to several (so a preserve export, named, folds only its unnamed
/// runs, while an eval export folds whole stages).
pub fn fold_repeats(stmts: Vec<Stmt>) -> Vec<Stmt> {
    let stmts: Vec<Stmt> = stmts
        .into_iter()
        .map(|stmt| match stmt {
            Stmt::Block(kind, branches) => {
                Stmt::Block(kind, branches.into_iter().map(fold_repeats).collect())
            }
            Stmt::Residual(body) => Stmt::Residual(fold_repeats(body)),
            Stmt::Module(name, body) => Stmt::Module(name, fold_repeats(body)),
            other => other,
        })
        .collect();
    let mut out = Vec::new();
    let mut at = 0;
    while at < stmts.len() {
        // The longest stretch from `at` made of one body repeated.
        let mut best: Option<(usize, usize)> = None;
        for period in 1..=(stmts.len() - at) / 2 {
            let unit = &stmts[at..at + period];
            if !unit.iter().all(unnamed) {
                break;
            }
            let mut count = 1;
            while stmts.len() >= at + (count + 1) * period
                && stmts[at + count * period..at + (count + 1) * period]
                    .iter()
                    .zip(unit)
                    .all(|(a, b)| a.declares_same(b))
            {
                count += 1;
            }
            if count > 1 && best.is_none_or(|(p, c)| period * count > p * c) {
                best = Some((period, count));
            }
        }
        match best {
            Some((period, count)) => {
                out.push(Stmt::Repeat(count, stmts[at..at + period].to_vec()));
                at += period * count;
            }
            None => {
                out.push(stmts[at].clone());
                at += 1;
            }
        }
    }
    out
}

/// Whether `stmt` gives no layer a name (and holds no stray slice).
fn unnamed(stmt: &Stmt) -> bool {
    match stmt {
        Stmt::Layer { name, .. } => name.is_none(),
        Stmt::Block(_, branches) => branches.iter().flatten().all(unnamed),
        Stmt::Residual(body) | Stmt::Repeat(_, body) => body.iter().all(unnamed),
        // A name a `from` takes, and a `from`, are one statement's.
        Stmt::Slice { .. } | Stmt::From(_) | Stmt::Named(..) | Stmt::Module(..) => false,
    }
}
