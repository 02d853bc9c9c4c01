import { useEffect, useRef, type ReactNode } from 'react';

/**
 * One section of the app: its heading and content. When the person navigates here, the heading
 * takes focus so keyboard and screen-reader users start at the top of the new content.
 */
export function SectionPage({ title, intro, focusHeading, children }: { title: string; intro?: string; focusHeading: boolean; children?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [focusHeading]);
  return (
    <>
      <header className="section-header">
        <h1 ref={heading} tabIndex={-1} className="section-title">
          {title}
        </h1>
        {intro && <p className="section-intro">{intro}</p>}
      </header>
      {children}
    </>
  );
}
