// Chinese for what assistive technology reads out of Ant Design's built-in parts, which the library
// does not localise: icon names ("close-circle", "search"), the select's clear button ("Clear"),
// the tabs' position announcement ("Tab 2 of 5"). Decorative icons beside a visible text are hidden
// from assistive technology; an icon that is a control's only content is named in Chinese. The page
// is watched for changes, as these parts come and go with the interface. Only while the interface is
// in Chinese (the English interface keeps the library's English).

const NAMES: Record<string, string> = {
  'close-circle': '清除',
  close: '关闭',
  clear: '清除',
  search: '搜索',
  remove: '删除',
  delete: '删除',
  down: '展开',
  up: '收起',
  right: '展开',
  left: '返回',
  loading: '加载中',
  check: '已选',
  'check-circle': '成功',
  'exclamation-circle': '警告',
  'info-circle': '提示',
  'question-circle': '说明',
  plus: '添加',
  minus: '减少',
  upload: '上传',
  download: '下载',
  'caret-down': '展开',
  'caret-up': '收起',
  ellipsis: '更多',
  'double-right': '向后五页',
  'double-left': '向前五页',
  eye: '显示',
  'eye-invisible': '隐藏',
  calendar: '日历',
  'swap-right': '至',
  'file-excel': 'Excel 文件',
};

const TAB_POSITION = /^Tab (\d+) of (\d+)$/;

function localise(root: ParentNode) {
  if (document.documentElement.lang === 'en') return;
  for (const el of root.querySelectorAll<HTMLElement>('[aria-label]')) {
    const label = el.getAttribute('aria-label')!;
    const zh = NAMES[label.toLowerCase()];
    if (!zh) continue;
    // An icon next to visible text says nothing more: hide it rather than name it.
    if (el.classList.contains('anticon')) {
      const host = el.closest('button, a, [role="button"], [role="tab"], [role="switch"], .ant-tag, .ant-alert, .ant-result, .ant-empty, .ant-message-notice, .ant-select-item');
      const text = host ? (host.textContent ?? '').replace(/\s/g, '') : '';
      if (!host || text.length > 0 || host.matches('.ant-alert, .ant-result, .ant-empty, .ant-message-notice')) {
        el.setAttribute('aria-hidden', 'true');
        el.removeAttribute('aria-label');
        continue;
      }
    }
    el.setAttribute('aria-label', zh);
  }
  for (const live of root.querySelectorAll<HTMLElement>('.ant-tabs [aria-live]')) {
    const m = TAB_POSITION.exec(live.textContent ?? '');
    if (m) live.textContent = `第 ${m[1]} 个标签页，共 ${m[2]} 个`;
  }
}

/** Starts watching the document; returns a function that stops. */
export function startChineseAria(): () => void {
  let queued = false;
  const run = () => {
    queued = false;
    localise(document);
  };
  const observer = new MutationObserver(() => {
    if (queued) return;
    queued = true;
    queueMicrotask(run);
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['aria-label', 'lang'] });
  run();
  return () => observer.disconnect();
}
