// End-to-end tests of the built web client in headless Chromium against the real platform, through
// the gateway: first-load size, errors in the user's language, the lead flow (propose, verify by the
// region admin, schedule, rotating code, complete), the teacher flow (register, join, register for
// the activity, check in, learning record; anonymous problem, a peer's solution, vote, accept, trial
// and outcome, appreciation; notifications, engagement) and the region dashboard's charts.
//   KOMBEL_URL=http://localhost:8080 KOMBEL_ADMIN_EMAIL=... KOMBEL_ADMIN_PASSWORD=... node e2e/run.mjs
import { writeFileSync } from 'node:fs';
import { api, apiLogin, apiRegister, assert, browser, eventually, GATEWAY, log, PASSWORD, phone, RUN, SHOTS, shot, sleep, submitWithLogin } from './lib.mjs';

const BUDGET = 100 * 1024;
const adminEmail = process.env.KOMBEL_ADMIN_EMAIL ?? 'admin@kombel.local';
const adminPassword = process.env.KOMBEL_ADMIN_PASSWORD;
if (!adminPassword) throw new Error('KOMBEL_ADMIN_PASSWORD is needed (the platform admin appoints the region admin)');

const results = [];
async function step(name, body) {
  const started = Date.now();
  log(name);
  await body();
  results.push({ name, seconds: (Date.now() - started) / 1000 });
}

const chromium = await browser();
let failed = false;
try {
  await main();
} catch (error) {
  failed = true;
  console.error(error);
  // what each open page showed when it failed
  let n = 0;
  for (const context of chromium.contexts()) {
    for (const page of context.pages()) {
      n++;
      log(`  page ${n} at ${page.url()}: ${(await page.locator('[role=alert]').allTextContents().catch(() => [])).join(' | ')}`);
      await page.screenshot({ path: `${SHOTS}failure-${n}.png`, fullPage: true }).catch(() => undefined);
    }
  }
} finally {
  await chromium.close();
}
for (const r of results) log(`passed: ${r.name} (${r.seconds.toFixed(1)} s)`);
log(failed ? 'FAILED' : `all ${results.length} steps passed; screenshots in ${SHOTS}`);
process.exit(failed ? 1 : 0);

async function main() {
  // ---- setup through the API: a region of this run, its admin, two future co-leads --------------
  const region = `e2e-${RUN}`;
  let officer, colead1, colead2;
  await step('setup: a region, its admin and two co-leads (API)', async () => {
    const admin = await apiLogin(adminEmail, adminPassword);
    await api('POST', '/api/v1/regions', admin, { code: region, name: `Kota Uji ${RUN}`, province: 'Jawa Barat', timeZone: 'WIB' });
    officer = await apiRegister('officer', region);
    colead1 = await apiRegister('colead1', region);
    colead2 = await apiRegister('colead2', region);
    await api('PUT', `/api/v1/regions/${region}/admins/${officer.id}`, admin);
  });

  await step('first load: transferred bytes of the login page, cold cache', async () => {
    const page = await phone(chromium);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const sizes = new Map();
    cdp.on('Network.responseReceived', (e) => sizes.set(e.requestId, { url: e.response.url, encoding: e.response.headers['content-encoding'] ?? e.response.headers['Content-Encoding'] }));
    let total = 0;
    const files = [];
    cdp.on('Network.loadingFinished', (e) => {
      total += e.encodedDataLength;
      files.push({ ...sizes.get(e.requestId), bytes: e.encodedDataLength });
    });
    await page.goto(GATEWAY + '/', { waitUntil: 'networkidle' });
    await page.getByRole('heading', { name: 'Masuk' }).waitFor();
    for (const f of files) log(`  ${String(f.bytes).padStart(7)} B  ${f.encoding ?? 'identity'}  ${f.url?.replace(GATEWAY, '')}`);
    log(`  first load: ${total} bytes transferred in ${files.length} responses (budget ${BUDGET})`);
    writeFileSync(new URL('../target/first-load.json', import.meta.url), JSON.stringify({ bytes: total, responses: files }, null, 2));
    assert(total > 0 && total < BUDGET, `first load ${total} B within ${BUDGET} B`);
    assert(files.filter((f) => f.url?.includes('/assets/') && f.url.endsWith('.js')).every((f) => f.encoding === 'gzip'), 'scripts arrive gzipped');
    await shot(page, '01-login');
    await page.context().close();
  });

  await step('errors: problem+json shown in Indonesian, and in English after switching', async () => {
    const page = await phone(chromium);
    await page.goto(GATEWAY + '/#/register');
    const register = async () => {
      await page.getByLabel('Nama lengkap').or(page.getByLabel('Full name')).fill('Guru Uji');
      await page.locator('input[name=email]').fill(`short-${RUN}@e2e.kombel.local`);
      await page.locator('input[name=password]').fill('pendek');
      await page.locator('input[name=regionId]').fill(region);
      await page.locator('form button[type=submit]').click();
      return page.getByRole('alert').textContent();
    };
    const indonesian = await register();
    assert(indonesian.includes('Kata sandi harus terdiri dari 10 sampai 128 karakter'), `Indonesian problem title, got "${indonesian}"`);
    await shot(page, '02-error-id');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { name: 'Register' }).waitFor();
    const english = await register();
    assert(english.includes('A password must be 10 to 128 characters long'), `English problem title, got "${english}"`);
    await page.context().close();
  });

  // ---- lead flow ---------------------------------------------------------------------------------
  const lead = await phone(chromium);
  const communityName = `MGMP Matematika ${RUN}`;
  let communityId;
  await step('lead: registers in the UI and proposes a community', async () => {
    await registerInUi(lead, 'lead', region);
    await lead.getByRole('link', { name: 'Usulkan komunitas' }).click();
    await lead.getByLabel('Nama komunitas').fill(communityName);
    await lead.getByLabel('Uraian').fill('Belajar bersama asesmen diagnostik');
    await lead.getByLabel('Mata pelajaran').fill('Matematika');
    await shot(lead, '03-lead-propose');
    await lead.locator('input[name=regionId]').fill(region);
    await eventually(
      'the community proposed (the page moves to its management)',
      async () => {
        const submit = lead.getByRole('button', { name: 'Usulkan komunitas' });
        if (await submit.isEnabled().catch(() => false)) await submit.click();
        await sleep(2000);
      },
      async () => lead.url().includes('#/lead/communities/'),
      30,
    );
    communityId = lead.url().split('/').pop();
    await lead.getByText('Menunggu verifikasi Dinas').waitFor();
  });

  await step('lead: invites two co-leads by member ID; they accept (API)', async () => {
    await lead.locator('summary', { hasText: 'Undang anggota' }).click();
    for (const colead of [colead1, colead2]) {
      await lead.getByLabel('ID anggota').fill(colead.id);
      const invited = lead.waitForResponse((r) => r.url().endsWith('/invitations'));
      await lead.locator('form[aria-label="Undang anggota"] button[type=submit]').click();
      assert((await invited).status() === 201, 'invitation created');
    }
    for (const colead of [colead1, colead2]) {
      await api('POST', `/api/v1/communities/${communityId}/memberships/${colead.id}/accept`, colead.token);
    }
    await lead.reload();
    await lead.getByText('Wakil pemimpin: 2 dari 2').waitFor();
    await shot(lead, '04-lead-manage');
  });

  const office = await phone(chromium);
  await step('region admin: logs in and verifies the community', async () => {
    await loginInUi(office, officer.email);
    await office.getByRole('link', { name: 'Dinas' }).click();
    const card = office.getByTestId('proposed-community').filter({ hasText: communityName });
    await shot(office, '05-admin-verify');
    await card.getByRole('button', { name: 'Verifikasi' }).click();
    await card.waitFor({ state: 'detached' });
  });

  let activityId;
  let startsAt;
  await step('lead: schedules and publishes a workshop starting in about a minute', async () => {
    await lead.reload();
    await lead.getByRole('heading', { name: 'Jadwalkan kegiatan' }).waitFor();
    // the next whole minute at least 25 s away (the form is sent within seconds); the discussion steps run
    // before the workshop is completed, so little of that time is spent waiting
    startsAt = new Date(Math.ceil((Date.now() + 25000) / 60000) * 60000);
    const wib = (d) => new Date(d.getTime() + 7 * 3600000).toISOString().slice(0, 16);
    await lead.locator('input[name=title]').fill(`Lokakarya asesmen ${RUN}`);
    await lead.getByLabel('Mulai').fill(wib(startsAt));
    await lead.getByLabel('Selesai').fill(wib(new Date(startsAt.getTime() + 2 * 3600000)));
    await lead.getByLabel('Tempat').fill('SMPN 5 Bandung');
    await lead.locator('input[name=learningHoursJp]').fill('2');
    await lead.getByLabel('Kompetensi').fill('Asesmen');
    await lead.getByRole('button', { name: 'Jadwalkan kegiatan' }).click();
    await lead.waitForFunction((start) => location.hash.startsWith(start), '#/activities/');
    activityId = lead.url().split('/').pop();
    await lead.getByTestId('check-in-code').waitFor();
    await shot(lead, '06-lead-check-in-code');
  });

  // ---- teacher flow ------------------------------------------------------------------------------
  const teacher = await phone(chromium);
  await step('teacher: registers in the UI and joins the community', async () => {
    await registerInUi(teacher, 'ayu', region);
    await shot(teacher, '07-teacher-home');
    await joinInUi(teacher, communityName);
    await shot(teacher, '08-teacher-communities');
  });

  await step('teacher: registers for the workshop and checks in with the code the lead shows', async () => {
    await teacher.goto(`${GATEWAY}/#/activities/${activityId}`);
    const status = teacher.getByTestId('registration-status');
    await eventually(
      'registration accepted (learning-service knows the membership)',
      async () => {
        const button = teacher.getByRole('button', { name: 'Daftar kegiatan' });
        if (await button.isVisible()) await button.click();
        await sleep(500);
      },
      () => status.isVisible(),
    );
    assert((await status.textContent()).includes('Terdaftar'), 'registration confirmed');
    const code = (await lead.getByTestId('check-in-code').textContent()).trim();
    log(`  code on the lead's screen: ${code}`);
    await teacher.getByLabel('Kode presensi dari fasilitator').fill(code);
    await teacher.getByRole('button', { name: 'Presensi' }).click();
    await teacher.getByText(/hadir/).waitFor();
    await shot(teacher, '09-teacher-checked-in');
  });

  let problemUrl;
  await step('teacher: posts an anonymous problem', async () => {
    await teacher.goto(`${GATEWAY}/#/communities/${communityId}/problems`);
    await teacher.getByRole('button', { name: 'Ajukan masalah' }).first().click();
    const form = teacher.locator('form[aria-label="Ajukan masalah"]');
    await form.getByLabel('Judul').fill('Siswa kelas 8 kurang motivasi belajar');
    await form.getByLabel('Uraian').fill('Banyak siswa tidak mengerjakan tugas dan pasif di kelas matematika.');
    await form.getByLabel('Tag').fill('motivasi, matematika');
    await form.getByLabel(/Ajukan secara anonim/).check();
    await shot(teacher, '12-teacher-post-problem');
    await eventually(
      'the problem accepted (discussion-service knows the membership)',
      async () => {
        if (await form.isVisible()) await form.locator('button[type=submit]').click();
        await sleep(500);
      },
      async () => /#\/problems\//.test(teacher.url()),
    );
    problemUrl = teacher.url();
    await teacher.getByText('anonim').first().waitFor();
  });

  const peer = await phone(chromium);
  await step('another teacher joins and proposes a solution', async () => {
    await registerInUi(peer, 'bayu', region);
    await joinInUi(peer, communityName);
    await eventually(
      'the problem visible to the new member',
      () => peer.goto(problemUrl).then(() => sleep(800)),
      () => peer.getByRole('heading', { name: 'Siswa kelas 8 kurang motivasi belajar' }).isVisible(),
    );
    await peer.getByLabel('Ringkasan solusi').fill('Gamifikasi latihan soal');
    await peer.getByLabel('Langkah-langkah').fill('Bagi kelas menjadi tim\nBeri poin tiap soal');
    await peer.getByRole('button', { name: 'Usulkan solusi' }).click();
    await peer.getByTestId('solution').filter({ hasText: 'Gamifikasi latihan soal' }).waitFor();
    await shot(peer, '13-peer-solution');
  });

  await step('teacher: votes it helpful, accepts it, commits to a trial and reports the outcome', async () => {
    await teacher.reload();
    const solution = teacher.getByTestId('solution').filter({ hasText: 'Gamifikasi latihan soal' });
    await solution.getByRole('button', { name: 'Membantu' }).click();
    await solution.getByText('1 menilai membantu').waitFor();
    await solution.getByRole('button', { name: 'Terima solusi' }).click();
    await teacher.getByTestId('problem-status').filter({ hasText: 'Terselesaikan' }).waitFor();
    await solution.getByRole('button', { name: 'Saya akan mencobanya' }).click();
    await solution.locator('form[aria-label="Saya akan mencobanya"] button[type=submit]').click();
    await teacher.waitForFunction((start) => location.hash.startsWith(start), '#/trials/');
    await teacher.locator('select[name=outcome]').selectOption('WORKED');
    await teacher.getByLabel('Catatan').fill('Siswa lebih aktif mengerjakan soal');
    await teacher.getByRole('button', { name: 'Laporkan hasil' }).click();
    await teacher.getByTestId('trial-outcome').filter({ hasText: 'Berhasil' }).waitFor();
    await shot(teacher, '14-teacher-trial-outcome');
  });

  await step('teacher: says thank you for the solution', async () => {
    await teacher.goto(problemUrl);
    const solution = teacher.getByTestId('solution').filter({ hasText: 'Gamifikasi latihan soal' });
    await solution.getByText('Berhasil: 1').waitFor();
    await solution.locator('summary', { hasText: 'Ucapkan terima kasih' }).click();
    await solution.getByLabel('Pesan').fill('Terima kasih, sangat membantu!');
    await solution.getByRole('button', { name: 'Kirim' }).click();
    await solution.getByText('Terima kasih terkirim').waitFor();
    await shot(teacher, '15-teacher-problem-solved');
  });

  await step('peer: notifications arrive; preferences are saved; the engagement profile counts', async () => {
    await peer.goto(`${GATEWAY}/#/notifications`);
    await eventually(
      'the appreciation notification',
      () => peer.reload().then(() => sleep(500)),
      () => peer.getByText('Ucapan terima kasih').first().isVisible(),
    );
    await peer.getByLabel('Kegiatan besok').uncheck();
    await peer.getByRole('button', { name: 'Simpan' }).click();
    await peer.getByText('Tersimpan.').waitFor();
    await shot(peer, '16-peer-notifications');
    await peer.goto(`${GATEWAY}/#/profile`);
    await eventually(
      'the solution counted in the engagement profile',
      () => peer.reload().then(() => sleep(500)),
      async () => (await peer.locator('.stats').textContent())?.includes('1 solusi diberikan') ?? false,
    );
    await shot(peer, '17-peer-profile');
  });

  // ---- the workshop, once it has started (the discussion steps above ran while it had not) ----
  await step('lead: completes the workshop once it has started', async () => {
    const wait = startsAt.getTime() - Date.now() + 1500;
    if (wait > 0) {
      log(`  waiting ${Math.round(wait / 1000)} s for the start`);
      await sleep(wait);
    }
    await lead.reload();
    await lead.getByTestId('attendance-count').filter({ hasText: '1 dari 1' }).waitFor();
    await lead.getByRole('button', { name: 'Selesaikan kegiatan' }).click();
    await lead.getByTestId('activity-status').filter({ hasText: 'Selesai' }).waitFor();
    await shot(lead, '10-lead-completed');
  });

  await step('lead: shares a learning resource in the community', async () => {
    await lead.goto(`${GATEWAY}/#/communities/${communityId}/resources`);
    await lead.getByRole('button', { name: 'Bagikan sumber belajar' }).first().click();
    const form = lead.locator('form[aria-label="Bagikan sumber belajar"]');
    await form.locator('input[name=title]').fill('Strategi motivasi belajar siswa SMP');
    await form.locator('input[name=url]').fill('https://guru.kemendikdasmen.go.id/');
    await form.getByLabel('Mata pelajaran').fill('Matematika');
    await form.getByLabel('Tag').fill('motivasi');
    await form.getByLabel('Langkah-langkah').fill('Buka Ruang GTK\nCari topik motivasi belajar');
    await form.locator('button[type=submit]').click();
    await lead.locator('.cards > li').filter({ hasText: 'Strategi motivasi belajar siswa SMP' }).waitFor();
  });

  await step('teacher: the learning record shows the JP and the certificate', async () => {
    await teacher.goto(`${GATEWAY}/#/record`);
    await eventually(
      'the credited JP in the record',
      () => teacher.reload(),
      async () => (await teacher.getByTestId('certificate').count()) > 0 && (await teacher.getByTestId('record-total').textContent()).includes('Total 2 JP'),
    );
    await shot(teacher, '11-teacher-learning-record');
  });

  // ---- region dashboard --------------------------------------------------------------------------
  await step('region admin: the dashboard draws the three charts, complete (not partial)', async () => {
    await office.goto(`${GATEWAY}/#/admin`);
    await eventually(
      "this run's problem, activity and JP in the charts",
      () => office.reload().then(() => office.getByTestId('chart').first().waitFor()),
      async () => {
        const text = await office.locator('main').textContent();
        const adoption = await office.getByTestId('chart').nth(2).textContent();
        return text.includes('Motivasi belajar siswa') && (await office.locator('.stats').textContent()).includes('2 JP dikreditkan') && adoption.includes('PMM / Ruang GTK1');
      },
    );
    assert((await office.getByTestId('chart').count()) === 3, 'three charts');
    assert((await office.locator('figure.chart svg').count()) === 3, 'each chart drawn as SVG');
    assert((await office.getByTestId('dashboard-partial').count()) === 0, 'not marked partial with every service up');
    assert((await office.getByTestId('chart-unavailable').count()) === 0, 'no chart unavailable');
    await office.getByTestId('chart').nth(2).scrollIntoViewIfNeeded();
    await shot(office, '18-admin-dashboard');
  });
}

async function registerInUi(page, label, region) {
  const email = `${label}-${RUN}@e2e.kombel.local`;
  await page.goto(`${GATEWAY}/#/register`);
  await page.getByLabel('Nama lengkap').fill(`Guru ${label}`);
  await page.locator('input[name=email]').fill(email);
  await page.getByLabel('Kata sandi').fill(PASSWORD);
  await page.getByLabel('Kode wilayah (Dinas Pendidikan)').fill(region);
  await page.getByLabel('Sekolah').fill('SMP Negeri 5 Bandung');
  await page.getByLabel('Mata pelajaran').fill('Matematika');
  let first = true;
  await submitWithLogin(page, async () => {
    if (first) {
      first = false;
      await page.getByRole('button', { name: 'Daftar' }).click();
    } else {
      // the member exists; only the login was refused: log in instead
      await page.goto(`${GATEWAY}/#/login`);
      await page.locator('input[name=email]').fill(email);
      await page.getByLabel('Kata sandi').fill(PASSWORD);
      await page.getByRole('button', { name: 'Masuk' }).click();
    }
  });
  await page.getByRole('heading', { name: 'Beranda' }).waitFor();
  return email;
}

async function loginInUi(page, email) {
  await page.goto(`${GATEWAY}/#/login`);
  await page.locator('input[name=email]').fill(email);
  await page.getByLabel('Kata sandi').fill(PASSWORD);
  await submitWithLogin(page, () => page.getByRole('button', { name: 'Masuk' }).click());
  await page.getByRole('heading', { name: 'Beranda' }).waitFor();
}

async function joinInUi(page, communityName) {
  await page.getByRole('link', { name: 'Komunitas', exact: true }).click();
  await page.getByLabel('Kata kunci').fill(communityName.split(' ').pop());
  await page.getByRole('button', { name: 'Cari' }).click();
  const card = page.locator('.cards > li').filter({ hasText: communityName });
  await card.getByRole('button', { name: 'Gabung' }).click();
  await card.getByText('Aktif').waitFor();
}
