// Entry point: language first, then the session, then the routes. Every page is its own chunk.
import { lazy, StrictMode, Suspense, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Navigate, Outlet, Route, Routes, useLocation } from 'react-router-dom';
import type { Role } from '../domain/codes.ts';
import { AuthProvider, useAuth } from './auth.tsx';
import { Layout } from './components/Layout.tsx';
import { Loading } from './components/ui.tsx';
import { initI18n } from './i18n.ts';
import { homePath } from './paths.ts';
import './styles.css';

const Login = lazy(() => import('./pages/Login.tsx'));
const OtherHome = lazy(() => import('./pages/OtherHome.tsx'));
const NotFound = lazy(() => import('./pages/NotFound.tsx'));
const Caseload = lazy(() => import('./pages/staff/Caseload.tsx'));
const ClientSearch = lazy(() => import('./pages/staff/ClientSearch.tsx'));
const NewClient = lazy(() => import('./pages/staff/NewClient.tsx'));
const ClientPage = lazy(() => import('./pages/staff/ClientPage.tsx'));
const Overview = lazy(() => import('./pages/staff/client/Overview.tsx'));
const IntakePage = lazy(() => import('./pages/staff/client/Intake.tsx'));
const Periods = lazy(() => import('./pages/staff/client/Periods.tsx'));
const PlanPage = lazy(() => import('./pages/staff/client/Plan.tsx'));
const Diary = lazy(() => import('./pages/staff/client/Diary.tsx'));
const Attendance = lazy(() => import('./pages/staff/client/Attendance.tsx'));
const Employment = lazy(() => import('./pages/staff/client/Employment.tsx'));
const Devices = lazy(() => import('./pages/staff/client/Devices.tsx'));
const Referrals = lazy(() => import('./pages/staff/client/Referrals.tsx'));
const ClientAccessLog = lazy(() => import('./pages/staff/client/AccessLog.tsx'));
const Groups = lazy(() => import('./pages/staff/Groups.tsx'));
const NewGroup = lazy(() => import('./pages/staff/NewGroup.tsx'));
const GroupPage = lazy(() => import('./pages/staff/GroupPage.tsx'));
const Employers = lazy(() => import('./pages/staff/Employers.tsx'));
const EmployerPage = lazy(() => import('./pages/staff/EmployerPage.tsx'));
const MyPath = lazy(() => import('./pages/client/MyPath.tsx'));
const MyDiary = lazy(() => import('./pages/client/MyDiary.tsx'));
const MyAttendance = lazy(() => import('./pages/client/MyAttendance.tsx'));
const MyGroups = lazy(() => import('./pages/client/MyGroups.tsx'));
const MyAccessLog = lazy(() => import('./pages/client/MyAccessLog.tsx'));
const Contracts = lazy(() => import('./pages/purchaser/Contracts.tsx'));
const ContractPage = lazy(() => import('./pages/purchaser/ContractPage.tsx'));
const InvoicePage = lazy(() => import('./pages/purchaser/InvoicePage.tsx'));
const TermsPreview = lazy(() => import('./pages/purchaser/TermsPreview.tsx'));
const CataloguePage = lazy(() => import('./pages/catalogue/Catalogue.tsx'));
const ServicePage = lazy(() => import('./pages/catalogue/ServicePage.tsx'));
const OwnServices = lazy(() => import('./pages/provider/OwnServices.tsx'));
const ServiceEdit = lazy(() => import('./pages/provider/ServiceEdit.tsx'));
const AnalyticsDashboard = lazy(() => import('./pages/analytics/Dashboard.tsx'));
const AnalyticsFairness = lazy(() => import('./pages/analytics/Fairness.tsx'));
const AnalyticsHypotheses = lazy(() => import('./pages/analytics/Hypotheses.tsx'));
const AnalyticsProfile = lazy(() => import('./pages/analytics/Profile.tsx'));
const PublicSummary = lazy(() => import('./pages/analytics/PublicSummary.tsx'));
const SurveyList = lazy(() => import('./pages/surveys/SurveyList.tsx'));
const NewSurvey = lazy(() => import('./pages/surveys/SurveyEditor.tsx').then((m) => ({ default: m.NewSurvey })));
const EditSurvey = lazy(() => import('./pages/surveys/SurveyEditor.tsx').then((m) => ({ default: m.EditSurvey })));
const SurveyPage = lazy(() => import('./pages/surveys/SurveyPage.tsx'));
const SurveyResults = lazy(() => import('./pages/surveys/SurveyResults.tsx'));
const SurveyImport = lazy(() => import('./pages/surveys/SurveyImport.tsx'));
const MyWork = lazy(() => import('./pages/matching/MyWork.tsx'));
const ClientWork = lazy(() => import('./pages/matching/ClientWork.tsx'));
const EmployerPostings = lazy(() => import('./pages/matching/EmployerPostings.tsx'));
const EmployerPosting = lazy(() => import('./pages/matching/EmployerPosting.tsx'));

const STAFF: Role[] = ['coach', 'unit_manager', 'admin'];
const ANALYTICS: Role[] = ['coach', 'unit_manager', 'admin', 'purchaser', 'researcher'];
const SURVEYORS: Role[] = ['unit_manager', 'purchaser', 'researcher', 'admin'];

function RequireAuth({ roles, children }: { roles?: Role[]; children?: ReactNode }) {
  const { status, user } = useAuth();
  const location = useLocation();
  if (status === 'loading') return <Loading />;
  if (!user) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (roles && !roles.includes(user.role)) return <Navigate to={homePath(user.role)} replace />;
  return children ? <>{children}</> : <Outlet />;
}

function HomeRedirect() {
  const { status, user } = useAuth();
  if (status === 'loading') return <Loading />;
  return <Navigate to={user ? homePath(user.role) : '/login'} replace />;
}

function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomeRedirect />} />
        <Route path="login" element={<Login />} />
        <Route element={<RequireAuth roles={STAFF} />}>
          <Route path="caseload" element={<Caseload />} />
          <Route path="clients/new" element={<NewClient />} />
          <Route path="clients" element={<ClientSearch />} />
          <Route path="clients/:clientId" element={<ClientPage />}>
            <Route index element={<Overview />} />
            <Route path="intake" element={<IntakePage />} />
            <Route path="periods" element={<Periods />} />
            <Route path="plan" element={<PlanPage />} />
            <Route path="diary" element={<Diary />} />
            <Route path="attendance" element={<Attendance />} />
            <Route path="employment" element={<Employment />} />
            <Route path="devices" element={<Devices />} />
            <Route path="referrals" element={<Referrals />} />
            <Route path="access-log" element={<ClientAccessLog />} />
            <Route path="work" element={<ClientWork />} />
          </Route>
          <Route path="groups" element={<Groups />} />
          <Route path="groups/new" element={<NewGroup />} />
          <Route path="groups/:groupId" element={<GroupPage />} />
          <Route path="employers" element={<Employers />} />
          <Route path="employers/:employerId" element={<EmployerPage />} />
        </Route>
        <Route element={<RequireAuth roles={['client']} />}>
          <Route path="my" element={<MyPath />} />
          <Route path="my/diary" element={<MyDiary />} />
          <Route path="my/attendance" element={<MyAttendance />} />
          <Route path="my/groups" element={<MyGroups />} />
          <Route path="my/access-log" element={<MyAccessLog />} />
          <Route path="my/work" element={<MyWork />} />
        </Route>
        <Route element={<RequireAuth roles={['employer']} />}>
          <Route path="postings" element={<EmployerPostings />} />
          <Route path="postings/:postingId" element={<EmployerPosting />} />
        </Route>
        <Route element={<RequireAuth roles={SURVEYORS} />}>
          <Route path="surveys" element={<SurveyList />} />
          <Route path="surveys/new" element={<NewSurvey />} />
          <Route path="surveys/:surveyId" element={<SurveyPage />} />
          <Route path="surveys/:surveyId/edit" element={<EditSurvey />} />
          <Route path="surveys/:surveyId/results" element={<SurveyResults />} />
          <Route path="surveys/:surveyId/import" element={<SurveyImport />} />
        </Route>
        <Route element={<RequireAuth />}>
          <Route path="home" element={<OtherHome />} />
        </Route>
        <Route element={<RequireAuth roles={['purchaser', 'admin', 'unit_manager']} />}>
          <Route path="purchasing/contracts" element={<Contracts />} />
          <Route path="purchasing/contracts/:contractId" element={<ContractPage />} />
          <Route path="purchasing/invoices/:invoiceId" element={<InvoicePage />} />
        </Route>
        <Route element={<RequireAuth roles={['purchaser']} />}>
          <Route path="purchasing/terms-preview" element={<TermsPreview />} />
        </Route>
        <Route path="catalogue" element={<CataloguePage />} />
        <Route path="catalogue/:serviceId" element={<ServicePage />} />
        <Route element={<RequireAuth roles={['unit_manager', 'admin']} />}>
          <Route path="provider/services" element={<OwnServices />} />
          <Route path="provider/services/new" element={<ServiceEdit />} />
          <Route path="provider/services/:serviceId" element={<ServiceEdit />} />
        </Route>
        <Route element={<RequireAuth roles={ANALYTICS} />}>
          <Route path="analytics" element={<AnalyticsDashboard />} />
          <Route path="analytics/fairness" element={<AnalyticsFairness />} />
          <Route path="analytics/hypotheses" element={<AnalyticsHypotheses />} />
          <Route path="analytics/profile" element={<AnalyticsProfile />} />
        </Route>
        <Route path="public/summary" element={<PublicSummary />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

async function start() {
  await initI18n();
  const root = createRoot(document.getElementById('root')!);
  root.render(
    <StrictMode>
      <Suspense fallback={null}>
        <BrowserRouter>
          <AuthProvider>
            <App />
          </AuthProvider>
        </BrowserRouter>
      </Suspense>
    </StrictMode>,
  );
}

void start();
