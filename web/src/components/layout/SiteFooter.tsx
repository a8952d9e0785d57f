import type {SiteSettings} from '../../sanity/types.ts'
import {reportErrorHref} from './reportErrorHref.ts'

/** Every page's footer: the medical disclaimer, how we review, and how to report an error. */
export function SiteFooter({settings}: {settings: SiteSettings}) {
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <p className="disclaimer">
          <strong>Not a substitute for medical advice.</strong> {settings.disclaimer}
        </p>
        <ul className="footer-links">
          <li>
            <a href="/editorial-policy">Editorial policy</a>
          </li>
          {settings.reportErrorEmail ? (
            <li>
              <a href={reportErrorHref(settings.reportErrorEmail)}>Report an error</a>
            </li>
          ) : null}
          <li>
            <a href="/feed.xml">Medical review feed (Atom)</a>
          </li>
        </ul>
        <p className="copyright">© {settings.siteName}</p>
      </div>
    </footer>
  )
}
