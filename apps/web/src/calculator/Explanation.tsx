// The explanation tree (rencai.explanation/1) as nested lists: each condition met or not, the
// arithmetic with real numbers, the facts read and the parameters with their source and date first
// (the parameter's path only as small secondary text for experts).
import { Tag } from 'antd';
import type { ExplNode } from '../api';
import { useI18n } from '../i18n';
import { usePageT } from '../ui/page-strings';

/** Nodes worth a line: those with a label or a worked text; others pass their children up. */
function visible(node: ExplNode): ExplNode[] {
  if (node.label || node.text) return [node];
  return (node.children ?? []).flatMap(visible);
}

function Mark({ node }: { node: ExplNode }) {
  if (node.met === true) return <span className="mark ok" aria-label="满足">✓</span>;
  if (node.met === false) return <span className="mark no" aria-label="不满足">✗</span>;
  if (node.display === '（待确定）') return <span className="mark unknown" aria-label="待确定">?</span>;
  return null;
}

function Line({ node, depth, open }: { node: ExplNode; depth: number; open: number }) {
  const { t } = useI18n();
  const pt = usePageT();
  const kids = (node.children ?? []).flatMap(visible);
  const body = (
    <>
      <Mark node={node} />
      {node.text ? <span className="expl-text">{node.text}</span> : <span>{node.label}</span>}
      {!node.text && node.display && <span className="expl-value">：{node.display}</span>}
      {node.unmet && <span className="expl-unmet">（{node.unmet}）</span>}
      {node.param && (
        <div className="expl-param">
          {node.param.reference?.doc && (
            <span className="expl-basis">
              {pt('basis')}：{node.param.reference.doc}
              {node.param.reference.article ? ` 第${node.param.reference.article}条` : ''}
            </span>
          )}
          {node.param.from && (
            <span>
              {' '}
              · {node.param.from} {pt('since')}
            </span>
          )}
          {node.param.example && <Tag color="orange" className="ml">{t('exampleValue')}</Tag>}
          {node.param.reform && <Tag color="purple" className="ml">{t('reformValue')}</Tag>}
          {node.param.reference?.text && <div className="expl-ref">“{node.param.reference.text}”</div>}
          <div className="code-secondary" title={pt('paramPath')}>
            {pt('paramPath')} {node.param.path}
          </div>
        </div>
      )}
    </>
  );
  if (!kids.length) return <li>{body}</li>;
  return (
    <li>
      <details open={depth < open}>
        <summary>{body}</summary>
        <ul className="expl">
          {kids.map((k, i) => (
            <Line key={i} node={k} depth={depth + 1} open={open} />
          ))}
        </ul>
      </details>
    </li>
  );
}

/** `open`: how many levels start expanded (all levels are in the page, for search and print). */
export function Explanation({ root, open = 1 }: { root: ExplNode | undefined; open?: number }) {
  if (!root) return null;
  return (
    <ul className="expl expl-root">
      {visible(root).map((n, i) => (
        <Line key={i} node={n} depth={0} open={open} />
      ))}
    </ul>
  );
}
