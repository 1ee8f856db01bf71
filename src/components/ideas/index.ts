export { IdeasApp, type IIdeasAppProps } from './IdeasApp';
export { IdeaForm, type IIdeaFormProps } from './IdeaForm';
export { MyIdeas, type IMyIdeasProps } from './MyIdeas';
