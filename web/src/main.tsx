import { render, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { claims, currentSession, logout, onSessionChange } from './api';
import { lang, setLang, t } from './i18n';
import { Login, Register } from './auth';
import { go, Loading, useHash } from './ui';
import './styles.css';

export type Route = { path: string; parts: string[] };

type Area = { default: ComponentType<{ route: Route }> };

// Each area is its own chunk, fetched the first time a screen of it is opened.
const areas: Record<string, () => Promise<Area>> = {
  teacher: () => import('./teacher/index'),
  lead: () => import('./lead/index'),
  admin: () => import('./admin/index'),
};

function areaOf(parts: string[]): string {
  if (parts[0] === 'lead') return 'lead';
  if (parts[0] === 'admin') return 'admin';
  return 'teacher';
}

function LazyArea({ name, route }: { name: string; route: Route }) {
  const [loaded, setLoaded] = useState<{ name: string; area: Area } | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    setFailed(false);
    areas[name]().then(
      (area) => live && setLoaded({ name, area }),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [name]);
  if (failed) return <p class="error" role="alert">{t('error.network')}</p>;
  if (!loaded || loaded.name !== name) return <Loading />;
  const Screen = loaded.area.default;
  return <Screen route={route} />;
}

function App() {
  const hash = useHash();
  const [, rerender] = useState(0);
  useEffect(() => onSessionChange(() => rerender((n) => n + 1)), []);
  const parts = hash.split('?')[0].split('/').filter(Boolean);
  const route = { path: hash, parts };
  const signedIn = currentSession() !== null;
  const me = claims();
  const regionAdmin = !!me && (me.roles.includes('REGION_ADMIN') || me.roles.includes('PLATFORM_ADMIN'));

  useEffect(() => {
    if (!signedIn && parts[0] !== 'register' && parts[0] !== 'login') go('/login');
  }, [signedIn, hash]);

  let main;
  if (parts[0] === 'register') main = <Register />;
  else if (!signedIn || parts[0] === 'login') main = <Login />;
  else main = <LazyArea name={areaOf(parts)} route={route} />;

  return (
    <>
      <header>
        <a href="#/" class="brand">
          Kombel
        </a>
        <button
          type="button"
          class="link"
          aria-label={t('lang.switch')}
          onClick={() => {
            setLang(lang() === 'id' ? 'en' : 'id');
            rerender((n) => n + 1);
          }}
        >
          {lang() === 'id' ? 'EN' : 'ID'}
        </button>
        {signedIn && (
          <button type="button" class="link" onClick={() => logout().then(() => go('/login'))}>
            {t('nav.logout')}
          </button>
        )}
      </header>
      {signedIn && (
        <nav aria-label={t('nav.main')}>
          <a href="#/">{t('nav.home')}</a>
          <a href="#/communities">{t('nav.communities')}</a>
          <a href="#/record">{t('nav.record')}</a>
          <a href="#/notifications">{t('nav.notifications')}</a>
          <a href="#/profile">{t('nav.profile')}</a>
          {regionAdmin && <a href="#/admin">{t('nav.admin')}</a>}
        </nav>
      )}
      <main key={lang()}>{main}</main>
    </>
  );
}

const root = document.getElementById('app')!;
root.textContent = ''; // the "loading" line of index.html
render(<App />, root);
